import type BetterSqlite3 from 'better-sqlite3'
import type { ListFilter } from '../persons/listIndex/listQuery'
import { personListIndex } from '../persons/listIndex/registry'
import { listPersons } from '../persons/personList'

/**
 * The ids of every live person the persons list shows for a filter and search text, in name
 * order — the same answer as the list screen, so "add everyone I filtered" adds exactly them.
 * Answers null when more than `limit` match.
 */
export function personIdsByFilter(
  sqlite: BetterSqlite3.Database,
  filter: ListFilter & { query?: string | undefined },
  today: string,
  limit: number,
): { total: number; ids: string[] | null } {
  // The list index does not refresh itself inside a transaction (uncommitted rows could roll
  // back). This is called before the handler writes anything, so what the connection sees is
  // the committed state: refreshing is safe, and needed when nothing listed persons yet.
  personListIndex(sqlite).sync(sqlite)
  const page = listPersons(
    sqlite,
    { ...filter, sort: 'name', order: 'asc', page: 1, pageSize: limit },
    today,
  )
  if (page.total > limit) return { total: page.total, ids: null }
  return { total: page.total, ids: page.items.map((p) => p.id) }
}
