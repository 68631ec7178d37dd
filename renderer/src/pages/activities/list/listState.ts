import { create } from 'zustand'
import type { ActivityStatus } from '../../../../../shared/contract/activities'

interface ActivityListState {
  /** null: every year. */
  year: number | null
  type: string | null
  status: ActivityStatus | null
  /** At a city or province: one unit's activities; null: this unit's and every unit below. */
  unit: string | null
  query: string
  page: number
  set(patch: Partial<Omit<ActivityListState, 'set'>>): void
}

/** The list's filters, kept while the user opens an activity and comes back. */
export const useActivityListState = create<ActivityListState>()((set) => ({
  year: new Date().getFullYear(),
  type: null,
  status: null,
  unit: null,
  query: '',
  page: 1,
  set: (patch) => set(patch),
}))
