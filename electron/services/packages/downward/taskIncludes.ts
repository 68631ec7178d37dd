import type BetterSqlite3 from 'better-sqlite3'
import { downwardText } from '../../../../shared/i18n/downward'
import { downwardUi } from '../../../../shared/i18n/downwardUi'
import { TASK_INCLUDES, type TaskInclude } from '../../../../shared/packages/downward'
import type { PackageReport } from '../../../../shared/packages/format'

/**
 * What a reporting task asks a period's packages to contain that neither this package nor an
 * earlier one of the same period between the same two units carried: checked by the county
 * at export (a warning it explains) and by the city at import (a warning on the receipt).
 * An incremental package need not repeat what an earlier one of the period already brought.
 */
export function missingIncludes(
  sqlite: BetterSqlite3.Database,
  opts: {
    issuerCode: string
    period: string
    /** The county's packages it sent to the issuer, or the city's received from the county. */
    earlier:
      { direction: 'sent'; receiverCode: string } | { direction: 'received'; senderCode: string }
    tables: { table: string; rows: number; deleted: number }[]
  },
): TaskInclude[] {
  const task = sqlite
    .prepare(
      'SELECT includes FROM reporting_tasks WHERE issuer_code = ? AND period = ? AND deleted_at IS NULL',
    )
    .pluck()
    .get(opts.issuerCode, opts.period) as string | undefined
  if (!task) return []
  const wanted = (JSON.parse(task) as TaskInclude[]).filter((i) => TASK_INCLUDES.includes(i))
  if (!wanted.length) return []
  const other = opts.earlier.direction === 'sent' ? 'receiver_code' : 'sender_code'
  const earlier = sqlite
    .prepare(
      `SELECT counts FROM packages WHERE direction = ? AND period = ? AND ${other} = ?
         AND status <> 'refused'`,
    )
    .pluck()
    .all(
      opts.earlier.direction,
      opts.period,
      opts.earlier.direction === 'sent' ? opts.earlier.receiverCode : opts.earlier.senderCode,
    ) as string[]
  const carried = new Map<string, number>()
  for (const t of [
    ...opts.tables,
    ...earlier.flatMap((c) => JSON.parse(c) as { table: string; rows: number; deleted: number }[]),
  ]) {
    carried.set(t.table, (carried.get(t.table) ?? 0) + t.rows - t.deleted)
  }
  return wanted.filter((include) => (carried.get(include) ?? 0) <= 0)
}

/** One sentence per missing include, as the export's warnings and the import's read them. */
export const missingIncludeLines = (period: string, missing: TaskInclude[]) =>
  missing.map((i) => downwardText.missingInclude(period, downwardUi.includeNames[i] ?? i))

/** The export's validation with a warning per missing include: the sender explains them too. */
export function withTaskWarnings<R extends Omit<PackageReport, 'explanation'>>(
  report: R,
  missing: TaskInclude[],
  period: string,
): R {
  if (!missing.length) return report
  const warnings = missingIncludeLines(period, missing).map((message, i) => ({
    table: missing[i]!,
    id: '',
    label: downwardText.taskLabel,
    message,
  }))
  return { ...report, warnings: [...warnings, ...report.warnings] }
}
