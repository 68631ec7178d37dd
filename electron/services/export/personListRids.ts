import type BetterSqlite3 from 'better-sqlite3'
import type { PersonSort } from '../../../shared/contract/persons'
import { matchAllPersons } from '../search/matchPersons'
import { parseQuery } from '../search/parseQuery'
import { queryList, type ListFilter } from '../persons/listIndex/listQuery'
import { personListIndex } from '../persons/listIndex/registry'
import { resolveListFilter } from '../persons/qualityFilter'

export interface ListSelection extends ListFilter {
  query?: string | undefined
  sort: PersonSort
  order: 'asc' | 'desc'
}

/**
 * Every person of the list as the screen shows it (same filter, search and order), by rid:
 * what "export the current list" means. Uses the persons list index and search as they are.
 */
export function personListRids(
  sqlite: BetterSqlite3.Database,
  sel: ListSelection,
  today: string,
): number[] {
  const parsed = parseQuery(sel.query)
  const matches =
    parsed.kind === 'empty' ? undefined : matchAllPersons(sqlite, parsed, sel.sort === 'relevance')
  const sort = sel.sort === 'relevance' && !matches ? 'name' : sel.sort
  const index = personListIndex(sqlite)
  const request = {
    filter: resolveListFilter(sqlite, sel),
    today,
    matches,
    sort,
    desc: sel.order === 'desc',
    offset: 0,
  }
  const { total } = queryList(index, { ...request, limit: 0 })
  return queryList(index, { ...request, limit: total }).rids
}
