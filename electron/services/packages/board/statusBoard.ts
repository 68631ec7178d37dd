import type {
  BoardUnit,
  BoardCell,
  BoardEvent,
  BoardStatus,
  StatusBoard,
} from '../../../../shared/contract/packagesBoard'
import type { UnitInfo } from '../../../../shared/contract/system'
import { localToday } from '../../../../shared/dates/calendar'
import { reportsUi } from '../../../../shared/i18n/reportsUi'
import {
  daysLate,
  periodDeadline,
  periodEnd,
  type DeadlineOverrides,
} from '../../../../shared/packages/periodDeadline'
import { taskDeadlines } from '../downward/taskDeadline'
import { selfUnit } from '../../../../db/repos/units'
import type { HandlerContext } from '../../../core/context'
import { RELAY_ENTRY_TABLE } from '../../../../shared/packages/relay'
import { countByUnit } from '../countByUnit'
import {
  relayedPackages,
  relayedUnits,
  type BoardPackageRow,
  type BoardReceiptRow,
} from './relayedRows'

type PackageRow = BoardPackageRow
type ReceiptRow = BoardReceiptRow

/** Deadlines this unit's 下发 reporting tasks set (period → YYYY-MM-DD); they win over the default. */
export async function deadlineOverrides(ctx: HandlerContext): Promise<DeadlineOverrides> {
  const self = await selfUnit(ctx.db)
  return self ? taskDeadlines(ctx.sqlite, self.code) : new Map()
}

/** The local calendar day of an ISO timestamp. */
const dayOf = (iso: string) => localToday(new Date(iso))

/** Periods in calendar order (by their end; unreadable names last, by name). */
export function sortPeriods(periods: Iterable<string>): string[] {
  return [...new Set(periods)].sort((a, b) => {
    const ea = periodEnd(a) ?? '9999'
    const eb = periodEnd(b) ?? '9999'
    return ea.localeCompare(eb) || a.localeCompare(b, 'zh-CN')
  })
}

function tally(packages: PackageRow[]) {
  let rows = 0
  let deleted = 0
  let changed = 0
  for (const p of packages) {
    for (const t of JSON.parse(p.counts) as { table: string; rows: number; deleted: number }[]) {
      // A relay's evidence lines are not rows of data.
      if (t.table === RELAY_ENTRY_TABLE) continue
      rows += t.rows
      deleted += t.deleted
    }
    if (!p.applied_counts) continue
    const applied = JSON.parse(p.applied_counts) as Record<
      string,
      { inserted: number; updated: number; deleted: number }
    >
    for (const c of Object.values(applied)) changed += c.inserted + c.updated + c.deleted
  }
  return { rows, deleted, changed }
}

/**
 * One unit's period: state of its latest package (receipts and decisions update that row),
 * lateness of its first package against the deadline, and every step in time order.
 */
export function boardCell(opts: {
  unitCode: string
  period: string
  deadline: string | null
  today: string
  scope: StatusBoard['scope']
  packages: PackageRow[]
  receipts: ReceiptRow[]
}): BoardCell {
  const { packages, deadline } = opts
  const arrived = (p: PackageRow) =>
    opts.scope === 'own' ? p.created_at : (p.applied_at ?? p.status_at)
  const ordered = [...packages].sort(
    (a, b) => arrived(a).localeCompare(arrived(b)) || a.id.localeCompare(b.id),
  )
  const first = ordered[0]
  const latest = ordered[ordered.length - 1]
  const history: BoardEvent[] = []
  for (const p of ordered) {
    const ofPackage = opts.receipts.filter((r) => r.package_id === p.id)
    if (opts.scope === 'own') {
      history.push({
        at: p.created_at,
        kind: 'package',
        status: 'generated',
        reason: null,
        by: '',
        packageId: p.id,
      })
    }
    for (const r of ofPackage) {
      // An import's receipt (or a refusal) tells of the package; 审核 and 退回 are decisions.
      const kind = r.status === 'reviewed' || r.status === 'returned' ? 'decision' : 'package'
      history.push({
        at: r.at,
        kind,
        status: r.status,
        reason: r.reason,
        by: r.by,
        packageId: p.id,
      })
    }
  }
  history.sort((a, b) => a.at.localeCompare(b.at))
  const sums = tally(ordered)
  const status: BoardStatus = latest ? latest.status : 'notReported'
  return {
    unitCode: opts.unitCode,
    period: opts.period,
    status,
    deadline,
    firstAt: first ? arrived(first) : null,
    lastAt: latest ? latest.status_at : null,
    daysLate: daysLate(deadline, first ? dayOf(arrived(first)) : opts.today),
    packages: ordered.length,
    rows: sums.rows,
    deleted: sums.deleted,
    rowsChanged: sums.changed,
    latestPackageId: latest?.id ?? null,
    reason: latest?.status_reason ?? null,
    history,
  }
}

/**
 * 上报情况: at an upper unit its registered 下级单位 × the periods any of them reported (and
 * the one asked for); at a county, its own packages to the upper unit.
 */
export async function statusBoard(
  ctx: HandlerContext,
  self: UnitInfo,
  opts: { period?: string },
): Promise<StatusBoard> {
  const today = localToday(new Date(ctx.clock.nowMs()))
  const lower = await ctx.db
    .selectFrom('units')
    .select(['code', 'name'])
    .where('relation', '=', 'lower')
    .where('deleted_at', 'is', null)
    .orderBy('code')
    .execute()
  const scope: StatusBoard['scope'] = lower.length ? 'lower' : 'own'
  // What each unit below holds here, beside what its packages said.
  const held = new Map(
    scope === 'lower' ? countByUnit(ctx.sqlite).map((u) => [u.code, u.count]) : [],
  )
  // At the province each city is followed by the counties it relays (the drill-down).
  const below = scope === 'lower' ? relayedUnits(ctx.sqlite) : []
  const units: BoardUnit[] = (
    scope === 'lower'
      ? lower.flatMap((u) => [u, ...below.filter((c) => c.parentCode === u.code)])
      : [{ code: self.code, name: self.name }]
  ).map((u) => (scope === 'lower' ? { ...u, persons: held.get(u.code) ?? 0 } : u))
  const relayed =
    scope === 'lower' && below.length
      ? relayedPackages(ctx.sqlite, opts.period)
      : { packages: [], receipts: [] }
  const received = await ctx.db
    .selectFrom('packages')
    .select([
      'id',
      'sender_code',
      'period',
      'created_at',
      'applied_at',
      'status',
      'status_reason',
      'status_at',
      'counts',
      'applied_counts',
    ])
    .where('direction', '=', scope === 'lower' ? 'received' : 'sent')
    .$if(!!opts.period, (q) => q.where('period', '=', opts.period!))
    .execute()
  const packages = [...received, ...relayed.packages]
  const issued = await ctx.db
    .selectFrom('receipts')
    .select(['package_id', 'status', 'reason', 'at', 'by'])
    .where('direction', '=', scope === 'lower' ? 'issued' : 'received')
    .orderBy('at')
    .execute()
  const receipts = [...issued, ...relayed.receipts]
  const periods = opts.period
    ? [opts.period]
    : sortPeriods(
        packages.length
          ? packages.map((p) => p.period)
          : [reportsUi.exporter.year(Number(today.slice(0, 4)))],
      )
  const overrides = await deadlineOverrides(ctx)
  const cells: BoardCell[] = []
  for (const unit of units) {
    for (const period of periods) {
      const mine = packages.filter(
        (p) => p.period === period && (scope === 'own' || p.sender_code === unit.code),
      )
      const ids = new Set(mine.map((p) => p.id))
      cells.push(
        boardCell({
          unitCode: unit.code,
          period,
          deadline: periodDeadline(period, overrides),
          today,
          scope,
          packages: mine,
          receipts: receipts.filter((r) => ids.has(r.package_id)),
        }),
      )
    }
  }
  return { scope, today, periods, units, cells }
}
