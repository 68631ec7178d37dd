import type BetterSqlite3 from 'better-sqlite3'
import type { PersonPage, PersonSort } from '../../../shared/contract/persons'
import type { PersonListRow } from '../../../shared/persons/types'
import { matchAllPersons, rankPersons } from '../search/matchPersons'
import { parseQuery } from '../search/parseQuery'
import { queryList, type ListFilter } from './listIndex/listQuery'
import { personListIndex } from './listIndex/registry'
import { loadListRows } from './listRows'
import { resolveListFilter } from './qualityFilter'

export interface ListInput extends ListFilter {
  query?: string | undefined
  sort: PersonSort
  order: 'asc' | 'desc'
  page: number
  pageSize: number
}

function textMatches(sqlite: BetterSqlite3.Database, query: string | undefined, ranked: boolean) {
  const parsed = parseQuery(query)
  return parsed.kind === 'empty' ? undefined : matchAllPersons(sqlite, parsed, ranked)
}

/** A page of the person list: search text and filters combined, counted exactly, masked. */
export function listPersons(
  sqlite: BetterSqlite3.Database,
  input: ListInput,
  today: string,
): PersonPage {
  const matches = textMatches(sqlite, input.query, input.sort === 'relevance')
  // Relevance only means something with a search text; without one, name order.
  const sort = input.sort === 'relevance' && !matches ? 'name' : input.sort
  const answer = queryList(personListIndex(sqlite), {
    filter: resolveListFilter(sqlite, input),
    today,
    matches,
    sort,
    desc: input.order === 'desc',
    offset: (input.page - 1) * input.pageSize,
    limit: input.pageSize,
  })
  return {
    total: answer.total,
    page: input.page,
    pageSize: input.pageSize,
    items: loadListRows(sqlite, answer.rids, today),
  }
}

export function countPersons(
  sqlite: BetterSqlite3.Database,
  input: ListFilter & { query?: string | undefined },
  today: string,
): number {
  return queryList(personListIndex(sqlite), {
    filter: resolveListFilter(sqlite, input),
    today,
    matches: textMatches(sqlite, input.query, false),
    sort: 'name',
    desc: false,
    offset: 0,
    limit: 0,
  }).total
}

/** The best matches of a search text, for pickers and the quick-search box. */
export function searchPersonRows(
  sqlite: BetterSqlite3.Database,
  query: string,
  limit: number,
  today: string,
): PersonListRow[] {
  return loadListRows(sqlite, rankPersons(sqlite, query, limit).rids, today)
}
