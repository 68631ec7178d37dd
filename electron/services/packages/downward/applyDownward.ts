import { IN_FORCE_SQL } from '../../../../db/repos/dictionaryScope'
import type BetterSqlite3 from 'better-sqlite3'
import {
  insertReportTemplate,
  reportTemplateIdByName,
  reportTemplateRow,
  updateReportTemplate,
} from '../../../../db/repos/reportTemplates'
import { insertRuleVersion } from '../../../../db/repos/suggestionScores'
import type { DownwardOutcome, DownwardPartOutcome } from '../../../../shared/contract/downward'
import { downwardText as msg } from '../../../../shared/i18n/downward'
import {
  DOWNWARD_PARTS,
  downwardLineSchemas,
  type DownwardContent,
  type DownwardPart,
} from '../../../../shared/packages/downward'
import { PackageRefusal } from '../refusal'
import type { PackageEntries } from '../zip/packageEntries'
import { recomputeScores } from '../../suggestions/recompute'
import { loadRuleBook } from '../../suggestions/rules'

/** Every part's lines, each checked against its schema: one bad line refuses the package. */
export function parseDownward(data: Pick<PackageEntries, 'get'>): DownwardContent {
  const parsePart = <P extends DownwardPart>(part: P) => {
    const text = data.get(part)?.toString('utf8') ?? ''
    return text
      .split('\n')
      .filter((l) => l.length > 0)
      .map((l) => {
        try {
          return downwardLineSchemas[part].parse(JSON.parse(l))
        } catch {
          throw new PackageRefusal('damaged')
        }
      })
  }
  return Object.fromEntries(DOWNWARD_PARTS.map((p) => [p, parsePart(p)])) as DownwardContent
}

export interface ApplyScope {
  sender: { unitId: string; code: string; name: string }
  now: string
  by: string
}

type Tally = Record<DownwardPart, DownwardPartOutcome>

/**
 * Applies a verified downward package on the caller's transaction. The upper unit's entries
 * keep its ids and site, so they never travel back up (nor enter our change_log) and a later
 * package updates them in place; an entry of ours with the same code stays, with a warning
 * (our records use it).
 */
export function applyDownward(
  sqlite: BetterSqlite3.Database,
  content: DownwardContent,
  scope: ApplyScope,
): Pick<DownwardOutcome, 'counts' | 'warnings'> {
  const counts = Object.fromEntries(
    DOWNWARD_PARTS.map((p) => [p, { applied: 0, skipped: 0 }]),
  ) as Tally
  const warnings: string[] = []
  const took = (part: DownwardPart, ok: boolean) =>
    ok ? counts[part].applied++ : counts[part].skipped++

  for (const d of content.dictionaries)
    took('dictionaries', applyDictionary(sqlite, d, scope, warnings))
  // Deletions first: a period freed by a deleted task may be taken by a new one.
  const tasks = [...content.reporting_tasks].sort((a, b) => Number(b.deleted) - Number(a.deleted))
  for (const t of tasks) took('reporting_tasks', applyTask(sqlite, t, scope))
  for (const r of content.score_rules) took('score_rules', applyRules(sqlite, r, scope))
  for (const t of content.report_templates)
    took('report_templates', applyTemplate(sqlite, t, scope, warnings))
  for (const k of content.key_revocations)
    took('key_revocations', applyRevocation(sqlite, k, scope, warnings))
  return { counts, warnings }
}

function applyDictionary(
  sqlite: BetterSqlite3.Database,
  d: DownwardContent['dictionaries'][number],
  scope: ApplyScope,
  warnings: string[],
): boolean {
  const byId = sqlite.prepare('SELECT updated_at FROM dictionaries WHERE id = ?').get(d.id) as
    { updated_at: string } | undefined
  if (byId) {
    if (byId.updated_at >= d.updated_at) return false
    sqlite
      .prepare(
        `UPDATE dictionaries SET name = ?, parent_code = ?, sort = ?, disabled = ?, updated_at = ?,
         deleted_at = NULL WHERE id = ?`,
      )
      .run(d.name, d.parent_code, d.sort, d.disabled, d.updated_at, d.id)
    return true
  }
  const same = sqlite
    .prepare(
      `SELECT name FROM dictionaries WHERE kind = ? AND code = ? AND deleted_at IS NULL
         AND ${IN_FORCE_SQL}`,
    )
    .get(d.kind, d.code) as { name: string } | undefined
  if (same) {
    if (same.name !== d.name) {
      warnings.push(
        msg.dictionaryConflict(msg.dictionaryKinds[d.kind] ?? d.kind, d.code, same.name, d.name),
      )
    }
    return false
  }
  sqlite
    .prepare(
      `INSERT INTO dictionaries (id, site_id, created_at, updated_at, deleted_at, kind, code, name,
         parent_code, sort, disabled) VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      d.id,
      scope.sender.unitId,
      d.updated_at,
      d.updated_at,
      d.kind,
      d.code,
      d.name,
      d.parent_code,
      d.sort,
      d.disabled,
    )
  return true
}

function applyTask(
  sqlite: BetterSqlite3.Database,
  t: DownwardContent['reporting_tasks'][number],
  scope: ApplyScope,
): boolean {
  const current = sqlite
    .prepare('SELECT updated_at FROM reporting_tasks WHERE id = ?')
    .get(t.id) as { updated_at: string } | undefined
  if (current && current.updated_at >= t.updated_at) return false
  if (!current && t.deleted) return false
  const values = {
    id: t.id,
    issuer_code: scope.sender.code,
    issuer_name: scope.sender.name,
    period: t.period,
    deadline: t.deadline,
    includes: JSON.stringify(t.includes),
    note: t.note,
    created_at: t.updated_at,
    updated_at: t.updated_at,
    deleted_at: t.deleted ? t.updated_at : null,
  }
  sqlite
    .prepare(
      `INSERT INTO reporting_tasks (id, issuer_code, issuer_name, period, deadline, includes, note,
         created_at, updated_at, deleted_at)
       VALUES (@id, @issuer_code, @issuer_name, @period, @deadline, @includes, @note, @created_at,
         @updated_at, @deleted_at)
       ON CONFLICT (id) DO UPDATE SET issuer_name = excluded.issuer_name, period = excluded.period,
         deadline = excluded.deadline, includes = excluded.includes, note = excluded.note,
         updated_at = excluded.updated_at, deleted_at = excluded.deleted_at`,
    )
    .run(values)
  return true
}

/** The upper unit's rules become ours as a new rule version, unless they already are. */
function applyRules(
  sqlite: BetterSqlite3.Database,
  r: DownwardContent['score_rules'][number],
  scope: ApplyScope,
): boolean {
  const book = loadRuleBook(sqlite)
  if (JSON.stringify(book.current.rules) === JSON.stringify(r.rules)) return false
  insertRuleVersion(sqlite, {
    version: book.current.version + 1,
    rules: JSON.stringify(r.rules),
    created_at: scope.now,
    created_by: `${scope.sender.code} ${scope.sender.name}`,
  })
  recomputeScores(sqlite)
  return true
}

function applyTemplate(
  sqlite: BetterSqlite3.Database,
  t: DownwardContent['report_templates'][number],
  scope: ApplyScope,
  warnings: string[],
): boolean {
  const current = reportTemplateRow(sqlite, t.id)
  if (current && current.updated_at >= t.updated_at) return false
  const owner = reportTemplateIdByName(sqlite, t.template.name)
  if (owner && owner !== t.id) {
    warnings.push(msg.templateNameTaken(t.template.name))
    return false
  }
  const row = {
    id: t.id,
    name: t.template.name,
    title: t.template.title,
    rows: JSON.stringify(t.template.rows),
    columns: JSON.stringify(t.template.columns),
    notes: JSON.stringify(t.template.notes),
    updated_at: t.updated_at,
    updated_by: `${scope.sender.code} ${scope.sender.name}`,
  }
  if (current) updateReportTemplate(sqlite, row)
  else insertReportTemplate(sqlite, { ...row, is_default: 0, created_at: t.updated_at })
  return true
}

function applyRevocation(
  sqlite: BetterSqlite3.Database,
  k: DownwardContent['key_revocations'][number],
  scope: ApplyScope,
  warnings: string[],
): boolean {
  const own = sqlite.prepare('SELECT 1 FROM own_keys WHERE fingerprint = ?').get(k.fingerprint)
  if (own) warnings.push(msg.ownKeyRevoked(k.revoked_at.slice(0, 10)))
  const r = sqlite
    .prepare(
      `UPDATE unit_keys SET status = 'revoked', revoked_at = ?, revoked_by = ?, revoke_reason = ?
       WHERE fingerprint = ? AND status != 'revoked'`,
    )
    .run(k.revoked_at, `${scope.sender.code} ${scope.sender.name}`, k.reason, k.fingerprint)
  return r.changes > 0
}
