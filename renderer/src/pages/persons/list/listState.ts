import { create } from 'zustand'
import type { Input, PersonSort, QualityCheck } from '../../../../../shared/contract'

export type AgeBand = 'under35' | '35to44' | '45to54' | '55to59' | '60plus'
export type SeatFilter = 'npc' | 'cppcc' | 'any'

export interface PersonFilters {
  categories: string[]
  teams: string[]
  talentLevels: string[]
  townships: string[]
  statuses: string[]
  politicalStatuses: string[]
  ageBand: AgeBand | null
  seat: SeatFilter | null
  /** Set by a click on a dashboard figure: a data-quality finding or a recording period. */
  quality: QualityCheck | null
  recorded: { from: string; to: string } | null
  /** At an upper unit: these units only (行政区划代码); empty: 本单位及下级. */
  units: string[]
}

export const NO_FILTERS: PersonFilters = {
  categories: [],
  teams: [],
  talentLevels: [],
  townships: [],
  statuses: [],
  politicalStatuses: [],
  ageBand: null,
  seat: null,
  quality: null,
  recorded: null,
  units: [],
}

/** ageMin ≤ age < ageMax, as persons.list reads it. */
export const AGE_BANDS: Record<AgeBand, { ageMin?: number; ageMax?: number }> = {
  under35: { ageMax: 35 },
  '35to44': { ageMin: 35, ageMax: 45 },
  '45to54': { ageMin: 45, ageMax: 55 },
  '55to59': { ageMin: 55, ageMax: 60 },
  '60plus': { ageMin: 60 },
}

interface ListState {
  /** Whose list this is: another user signing in starts from a clean list. */
  userId: string | null
  query: string
  filters: PersonFilters
  /** null: by relevance while searching, by name otherwise. */
  sort: Exclude<PersonSort, 'relevance'> | 'relevance' | null
  desc: boolean
  /** The row the keyboard is on; kept so that coming back from a record lands on it again. */
  active: number
  scrollTop: number
  set(patch: Partial<Omit<ListState, 'set' | 'claim'>>): void
  /** Resets the state when it belongs to somebody else. */
  claim(userId: string): void
}

const initial = {
  query: '',
  filters: NO_FILTERS,
  sort: null,
  desc: false,
  active: 0,
  scrollTop: 0,
}

/** What the person list shows, kept while the user opens records and comes back. */
export const usePersonListState = create<ListState>()((set, get) => ({
  userId: null,
  ...initial,
  set: (patch) => set(patch),
  claim(userId) {
    if (get().userId !== userId) set({ userId, ...initial })
  },
}))

export function effectiveSort(query: string, sort: ListState['sort']): PersonSort {
  if (sort === 'relevance' && !query.trim()) return 'name'
  return sort ?? (query.trim() ? 'relevance' : 'name')
}

export type ListQuery = Omit<Input<'persons.list'>, 'page' | 'pageSize'>

/** The persons.list input for the current search, filters and order (without paging). */
export function listQuery(query: string, f: PersonFilters, sort: ListState['sort'], desc: boolean) {
  const q: ListQuery = { sort: effectiveSort(query, sort), order: desc ? 'desc' : 'asc' }
  if (query.trim()) q.query = query.trim()
  if (f.categories.length) q.categories = f.categories
  if (f.teams.length) q.teams = f.teams
  if (f.talentLevels.length) q.talentLevels = f.talentLevels
  if (f.townships.length) q.townships = f.townships
  if (f.statuses.length) q.statuses = f.statuses
  if (f.politicalStatuses.length) q.politicalStatuses = f.politicalStatuses
  if (f.ageBand) Object.assign(q, AGE_BANDS[f.ageBand])
  if (f.seat) q.seat = f.seat
  if (f.quality) q.quality = f.quality
  if (f.recorded) Object.assign(q, { recordedFrom: f.recorded.from, recordedTo: f.recorded.to })
  if (f.units.length) q.units = f.units
  return q
}

export function activeFilterCount(f: PersonFilters): number {
  return (
    [
      f.categories,
      f.teams,
      f.talentLevels,
      f.townships,
      f.statuses,
      f.politicalStatuses,
      f.units,
    ].filter((x) => x.length > 0).length +
    (f.ageBand ? 1 : 0) +
    (f.seat ? 1 : 0) +
    (f.quality ? 1 : 0) +
    (f.recorded ? 1 : 0)
  )
}

/** Sets the person list to show exactly these filters (a dashboard figure's list) to a user. */
export function showPersonsWith(userId: string, patch: Partial<PersonFilters>): void {
  usePersonListState.getState().set({
    ...initial,
    userId,
    filters: { ...NO_FILTERS, ...patch },
  })
}
