import type { Input } from '../../../shared/contract'
import { ROSTER_COLUMN_KEYS, type RosterColumnKey } from '../../../shared/documents/roster'

export type RosterInput = Input<'documents.roster'>
export type PersonFilterInput = Extract<RosterInput['source'], { kind: 'filter' }>['filter']

export interface RosterRequest {
  input: RosterInput
  unmasked: boolean
  /** What the roster is of, for the output record: an organization or an activity. */
  objectId: string | null
}

/** The query after `?` in the hash: `/print/roster?org=1` → `org=1`. */
export function hashQuery(path: string): URLSearchParams {
  const at = path.indexOf('?')
  return new URLSearchParams(at < 0 ? '' : path.slice(at + 1))
}

/** Chosen columns, in the order given, unknown keys dropped. */
export function rosterColumns(value: string | null): RosterColumnKey[] {
  const known = new Set<string>(ROSTER_COLUMN_KEYS)
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((k): k is RosterColumnKey => known.has(k))
}

/**
 * Whom a roster route lists: `?org=<id>[&branches=1]`, `?activity=<id>`,
 * `?persons=<id>,<id>`, `?filter=<JSON of the persons filter>`, or everyone. Null when the
 * query cannot be read; the core checks the rest.
 */
export function rosterRequest(query: URLSearchParams): RosterRequest | null {
  const columns = rosterColumns(query.get('cols'))
  const title = query.get('title')?.trim() || undefined
  const unmasked = query.get('full') === '1'
  const base = { columns, ...(title ? { title: title.slice(0, 60) } : {}) }
  const org = query.get('org')
  const activity = query.get('activity')
  const persons = query.get('persons')
  const filter = query.get('filter')
  if (org) {
    return {
      input: {
        ...base,
        source: {
          kind: 'organization',
          organizationId: org,
          includeBranches: query.get('branches') === '1',
        },
      },
      unmasked,
      objectId: org,
    }
  }
  if (activity) {
    return {
      input: { ...base, source: { kind: 'activity', activityId: activity } },
      unmasked,
      objectId: activity,
    }
  }
  if (persons) {
    const personIds = persons.split(',').filter(Boolean)
    if (!personIds.length) return null
    return { input: { ...base, source: { kind: 'persons', personIds } }, unmasked, objectId: null }
  }
  let parsed: unknown = {}
  if (filter) {
    try {
      parsed = JSON.parse(filter)
    } catch {
      return null
    }
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null
  return {
    input: { ...base, source: { kind: 'filter', filter: parsed as PersonFilterInput } },
    unmasked,
    objectId: null,
  }
}

/** Sign-in sheet options: `?blank=10&phone=1&signTime=1`; blank rows 0–200, 10 by default. */
export function signInOptions(query: URLSearchParams) {
  const raw = query.get('blank')
  const n = raw === null || raw === '' ? 10 : Number(raw)
  const blankRows = Number.isInteger(n) ? Math.min(200, Math.max(0, n)) : 10
  return {
    blankRows,
    showPhone: query.get('phone') === '1',
    showSignTime: query.get('signTime') === '1',
  }
}
