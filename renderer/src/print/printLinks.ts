import type { PersonFilterInput } from './printQuery'

/**
 * The print routes, for any page that offers 打印: the one place their addresses are
 * written. Options travel in the query so the desktop print window renders the same thing
 * as the preview.
 */
export type PrintQuery = Record<string, string | number | boolean | null | undefined>

/** `/print/x` plus the query, leaving out empty and false values; keys in a stable order. */
export function withQuery(path: string, query: PrintQuery): string {
  const params = new URLSearchParams()
  for (const key of Object.keys(query).sort()) {
    const v = query[key]
    if (v === undefined || v === null || v === false || v === '') continue
    params.set(key, v === true ? '1' : String(v))
  }
  const qs = params.toString()
  return qs ? `${path}?${qs}` : path
}

export function signInPrintPath(
  activityId: string,
  opts: { blankRows?: number; showPhone?: boolean; showSignTime?: boolean } = {},
): string {
  return withQuery(`/print/sign-in/${encodeURIComponent(activityId)}`, {
    blank: opts.blankRows,
    phone: opts.showPhone,
    signTime: opts.showSignTime,
  })
}

export type RosterPrintSource =
  | { kind: 'filter'; filter: PersonFilterInput }
  | { kind: 'organization'; organizationId: string; includeBranches?: boolean }
  | { kind: 'activity'; activityId: string }
  | { kind: 'persons'; personIds: string[] }

export function rosterPrintPath(
  source: RosterPrintSource,
  opts: { columns?: readonly string[]; unmasked?: boolean; title?: string } = {},
): string {
  const where: PrintQuery =
    source.kind === 'organization'
      ? { org: source.organizationId, branches: source.includeBranches }
      : source.kind === 'activity'
        ? { activity: source.activityId }
        : source.kind === 'persons'
          ? { persons: source.personIds.join(',') }
          : { filter: Object.keys(source.filter).length ? JSON.stringify(source.filter) : null }
  return withQuery('/print/roster', {
    ...where,
    cols: opts.columns?.length ? opts.columns.join(',') : null,
    full: opts.unmasked,
    title: opts.title,
  })
}

/** The 花名册 of the persons list as filtered now (its sort is the roster's own: by name). */
export function filteredRosterPath(
  list: PersonFilterInput & { sort?: unknown; order?: unknown },
): string {
  const { sort: _sort, order: _order, ...filter } = list
  return rosterPrintPath({ kind: 'filter', filter })
}

export function ledgerPrintPath(year: number, opts: { includePlanned?: boolean } = {}): string {
  return withQuery(`/print/ledger/${year}`, { planned: opts.includePlanned })
}

export function personPrintPath(personId: string, opts: { unmasked?: boolean } = {}): string {
  return withQuery(`/print/person/${encodeURIComponent(personId)}`, { full: opts.unmasked })
}

export function suggestionLedgerPrintPath(year: number): string {
  return `/print/suggestion-ledger/${year}`
}

/**
 * A template's report of a period (`2026`, `2026Q1`, `2026-01-01..2026-06-30`), at an upper
 * unit optionally of one unit (`?unit=330621`).
 */
export function reportPrintPath(templateId: string, period: string, unit?: string): string {
  return withQuery(
    `/print/report/${encodeURIComponent(templateId)}/${encodeURIComponent(period)}`,
    { unit },
  )
}

/** A locked report, exactly as it was frozen. */
export function lockedReportPrintPath(lockedId: string): string {
  return `/print/report/locked/${encodeURIComponent(lockedId)}`
}

/** 上报情况, every period or the one named. */
export function statusBoardPrintPath(period?: string): string {
  return withQuery(STATUS_BOARD_PATH, { period })
}
export const STATUS_BOARD_PATH = '/print/status-board'

/** This unit's 密钥登记表 (its current key). */
export const KEY_REGISTRATION_PATH = '/print/key-registration'

/** The recovery key page. On screen the key is held in memory; only the desktop print
 * window, a separate page, is handed it in the query. */
export const RECOVERY_KEY_PATH = '/print/recovery-key'

export function recoveryKeyPrintPath(recoveryKey?: string): string {
  return withQuery(RECOVERY_KEY_PATH, { key: recoveryKey })
}
