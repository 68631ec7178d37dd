import { ftsPhrase, prefixEnd } from '../../electron/services/search/parseQuery'
import { searchStatements } from '../../electron/services/search/statements'
import { personListIndex } from '../../electron/services/persons/listIndex/registry'
import { reversed } from '../../shared/persons/searchKeys'
import type { BenchCore } from './benchCore'
import type { RowSink } from './rows'
import { charsOf, type SampledPerson } from './sample'
import { timeEach } from './timing'

/** The budget, at a million persons and below. */
const SEARCH_BUDGET = { kind: 'max', limit: 20 } as const
const LIMIT = 20

interface SearchCase {
  id: string
  label: string
  query(p: SampledPerson, i: number): string
  /** The one index probe that answers this kind of text, as bare SQL. */
  probe: 'chars' | 'trigram' | 'initials' | 'pinyin' | 'pinyinPrefix' | 'phoneTail' | 'idTail'
}

const CASES: SearchCase[] = [
  {
    id: 'search.char1.surname',
    label: 'search 1 char (surname)',
    query: (p) => charsOf(p)[0]!,
    probe: 'chars',
  },
  {
    id: 'search.char1.given',
    label: 'search 1 char (given name)',
    query: (p) => charsOf(p).at(-1)!,
    probe: 'chars',
  },
  {
    id: 'search.char2',
    label: 'search 2 chars',
    query: (p) => charsOf(p).slice(-2).join(''),
    probe: 'chars',
  },
  {
    id: 'search.char3',
    label: 'search 3 chars',
    query: (p) => (charsOf(p).length >= 3 ? charsOf(p).slice(0, 3).join('') : `${p.name}有`),
    probe: 'trigram',
  },
  {
    id: 'search.initials',
    label: 'search pinyin initials',
    query: (p) => p.name_initials,
    probe: 'initials',
  },
  { id: 'search.pinyin', label: 'search full pinyin', query: (p) => p.name_py, probe: 'pinyin' },
  {
    id: 'search.pinyinPrefix',
    label: 'search pinyin prefix',
    query: (p) => p.name_py.slice(0, Math.max(2, p.name_py.length - 2)),
    probe: 'pinyinPrefix',
  },
  {
    id: 'search.phoneTail',
    label: 'search phone tail (4)',
    query: (p) => p.phone.slice(-4),
    probe: 'phoneTail',
  },
  {
    id: 'search.idTail',
    label: 'search ID tail (6)',
    query: (p) => p.id_number.slice(-6),
    probe: 'idTail',
  },
  {
    id: 'search.employer',
    label: 'search employer (4 chars)',
    query: (_, i) => ['有限公司', '律师事务', '文化传媒', '公益基金'][i % 4]!,
    probe: 'trigram',
  },
]

/**
 * persons.search through core.call (dispatch, index lookups, rows loaded and masked), next
 * to the one bare index probe that answers the same text: what the procedure adds.
 */
export async function benchSearch(
  sink: RowSink,
  b: BenchCore,
  sample: SampledPerson[],
): Promise<void> {
  const s = searchStatements(b.core.database.sqlite)
  // The app's first screen after sign-in (工作台, statistics.dashboard) builds the list index,
  // which the search's list rows read categories and seats from: the searches are timed in
  // that state, not in one no user reaches.
  personListIndex(b.core.database.sqlite)
  const probes: Record<SearchCase['probe'], (text: string) => number[]> = {
    chars: (t) => s.chars.all(ftsPhrase([...t].join(' ')), LIMIT),
    trigram: (t) => s.trigram.all(ftsPhrase(t), LIMIT),
    initials: (t) => s.initialsPrefix.all(t, prefixEnd(t), LIMIT),
    pinyin: (t) => s.pinyinExact.all(t, LIMIT),
    pinyinPrefix: (t) => s.pinyinPrefix.all(t, prefixEnd(t), LIMIT),
    phoneTail: (t) => s.phoneTail.all(reversed(t), prefixEnd(reversed(t)!), LIMIT),
    idTail: (t) => s.idTail.all(reversed(t), prefixEnd(reversed(t)!), LIMIT),
  }
  for (const c of CASES) {
    const texts = sample.map((p, i) => c.query(p, i))
    const app = await timeEach(texts, (query) => b.call('persons.search', { query, limit: LIMIT }))
    const bare = await timeEach(texts, (t) => probes[c.probe](t))
    const hits = app.values.reduce((n, v) => n + v.length, 0) / app.values.length
    sink.add({
      id: c.id,
      operation: c.label,
      value: app.dist,
      baseline: bare.dist,
      baselineLabel: `${c.probe} index probe`,
      budget: SEARCH_BUDGET,
      note: `avg ${hits.toFixed(1)} hits`,
    })
  }
}
