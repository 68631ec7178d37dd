import type { QualityCheck } from '../../../../shared/contract'
import { TRAINING_TYPE_CODE } from '../../../../shared/contract/activities'
import { navigate } from '../../router/hashRoute'
import { useActivityListState } from '../activities/list/listState'
import { showPersonsWith } from '../persons/list/listState'

/**
 * The list behind each dashboard figure, filtered so that its count is the figure: the
 * dashboard and these lists count through the same core filters. `units` (统计 narrowed to a
 * unit at a city or province) narrows the persons list the same way.
 */
export function listOpeners(userId: string, units?: string[]) {
  const persons = (patch: Parameters<typeof showPersonsWith>[1]) => {
    // A figure's own unit (a township code a unit below set itself) wins over the picker's.
    showPersonsWith(userId, { ...(units ? { units } : {}), ...patch })
    navigate('/persons')
  }
  const heldActivities = (year: number, type: string | null = null) => {
    useActivityListState.getState().set({ year, status: 'held', type, query: '', page: 1 })
    navigate('/activities')
  }
  return {
    registered: () => persons({ statuses: ['1'] }),
    recorded: (year: number) =>
      persons({ recorded: { from: `${year}-01-01`, to: `${year}-12-31` } }),
    representatives: () => persons({ statuses: ['1'], teams: ['1'] }),
    /** On the register in any of these categories: a 大类 is all its 子类. */
    categories: (codes: string[]) => persons({ statuses: ['1'], categories: codes }),
    /** A unit's own township code opens that unit's list: the code means a place only there. */
    township: (code: string, unitCode?: string) =>
      persons({ statuses: ['1'], townships: [code], ...(unitCode ? { units: [unitCode] } : {}) }),
    quality: (check: QualityCheck) => persons({ quality: check }),
    heldActivities,
    trainings: (year: number) => heldActivities(year, TRAINING_TYPE_CODE),
  }
}

export type ListOpeners = ReturnType<typeof listOpeners>
