import type BetterSqlite3 from 'better-sqlite3'
import { reportTemplateRows } from '../../../../db/repos/reportTemplates'
import { ruleVersionRows } from '../../../../db/repos/suggestionScores'
import type { UnitInfo } from '../../../../shared/contract/system'
import {
  DOWNWARD_DICTIONARY_KINDS,
  DOWNWARD_PARTS,
  type DownwardContent,
  type DownwardPart,
} from '../../../../shared/packages/downward'
import type { ReportTemplateSpec } from '../../../../shared/reports/template'
import type { TableData } from '../export/collectRows'

/**
 * What an upper unit sends down, read from its own database: the dictionary entries it made
 * or changed, its reporting tasks (deletions too), its scoring rules once it saved any, the
 * report templates it made (the shipped default is in every installation already), and every
 * key it revoked.
 */
export function collectDownward(sqlite: BetterSqlite3.Database, self: UnitInfo): DownwardContent {
  const kinds = DOWNWARD_DICTIONARY_KINDS.map(() => '?').join(', ')
  const dictionaries = (
    sqlite
      .prepare(
        `SELECT id, kind, code, name, parent_code, sort, disabled, updated_at FROM dictionaries
         WHERE site_id = ? AND deleted_at IS NULL AND kind IN (${kinds}) ORDER BY kind, sort, code`,
      )
      .all(self.id, ...DOWNWARD_DICTIONARY_KINDS) as DownwardContent['dictionaries']
  ).map((d) => ({ ...d, disabled: d.disabled ? (1 as const) : (0 as const) }))
  const reporting_tasks = (
    sqlite
      .prepare(
        `SELECT id, period, deadline, includes, note, updated_at, deleted_at FROM reporting_tasks
         WHERE issuer_code = ? ORDER BY deadline, period`,
      )
      .all(self.code) as {
      id: string
      period: string
      deadline: string
      includes: string
      note: string | null
      updated_at: string
      deleted_at: string | null
    }[]
  ).map(({ deleted_at, includes, ...t }) => ({
    ...t,
    includes: JSON.parse(includes) as DownwardContent['reporting_tasks'][number]['includes'],
    deleted: deleted_at !== null,
  }))
  const versions = ruleVersionRows(sqlite)
  const latest = versions.reduce<(typeof versions)[number] | null>(
    (a, v) => (!a || v.version > a.version ? v : a),
    null,
  )
  const score_rules = latest
    ? [
        {
          version: latest.version,
          rules: JSON.parse(latest.rules) as DownwardContent['score_rules'][number]['rules'],
        },
      ]
    : []
  const report_templates = reportTemplateRows(sqlite)
    .filter((r) => r.is_default === 0)
    .map((r) => ({
      id: r.id,
      updated_at: r.updated_at,
      template: {
        name: r.name,
        title: r.title,
        rows: JSON.parse(r.rows) as ReportTemplateSpec['rows'],
        columns: JSON.parse(r.columns) as ReportTemplateSpec['columns'],
        notes: JSON.parse(r.notes) as string[],
      },
    }))
  const key_revocations = sqlite
    .prepare(
      `SELECT u.code AS unit_code, k.fingerprint, k.revoked_at, k.revoke_reason AS reason
       FROM unit_keys k JOIN units u ON u.id = k.unit_id
       WHERE k.status = 'revoked' AND k.revoked_at IS NOT NULL ORDER BY k.revoked_at`,
    )
    .all() as DownwardContent['key_revocations']
  return { dictionaries, reporting_tasks, score_rules, report_templates, key_revocations }
}

/** The content as package entries: one NDJSON entry per part that has lines. */
export function downwardTables(content: DownwardContent): TableData[] {
  return DOWNWARD_PARTS.map((part: DownwardPart) => {
    const lines = content[part] as object[]
    return {
      table: part,
      columns: [],
      ndjson: lines.map((l) => `${JSON.stringify(l)}\n`).join(''),
      rows: lines.length,
      deleted: 0,
      objects: [],
    }
  })
}
