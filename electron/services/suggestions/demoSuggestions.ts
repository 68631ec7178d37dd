import type BetterSqlite3 from 'better-sqlite3'
import { SUGGESTION_LEVELS } from '../../../shared/contract/suggestions'
import {
  BUILT_IN_SUGGESTION_CHANNELS,
  BUILT_IN_SUGGESTION_KINDS,
  demoSuggestionText as words,
} from '../../../shared/i18n/suggestions'
import { Random } from '../demo/random'
import { uuidv7Batch } from '../demo/uuidBatch'
import { recomputeScores } from './recompute'

export interface DemoSuggestions {
  count: number
  siteId: string
  hlc: () => string
  seed: number
  /** Suggestions fall in this year and the two before it. */
  year: number
}

const pad = (n: number) => String(n).padStart(2, '0')
// Adoptions get rarer as the level rises: county most, national seldom.
const LEVEL_WEIGHTS = [0.45, 0.3, 0.18, 0.07]

/**
 * Suggestions by demo persons with statements compiled once: every kind and channel, one to
 * three submitters, adoptions at every level and some 批示; change_log rows as the handlers
 * write them, then every score computed. Runs in the caller's transaction.
 */
export function loadDemoSuggestions(sqlite: BetterSqlite3.Database, s: DemoSuggestions): number {
  const persons = sqlite
    .prepare('SELECT id, name, employer FROM persons WHERE deleted_at IS NULL ORDER BY rid')
    .all() as { id: string; name: string; employer: string | null }[]
  if (persons.length === 0 || s.count === 0) return 0
  const rnd = new Random(s.seed)
  const newId = uuidv7Batch()
  const stamp = s.hlc()
  const insert = {
    suggestion: sqlite.prepare(
      `INSERT INTO suggestions (id, site_id, created_at, updated_at, title, kind, submitted_on,
         channel, receiving_body, summary, status)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    submitter: sqlite.prepare(
      `INSERT INTO suggestion_submitters (id, site_id, created_at, updated_at, suggestion_id,
         person_id, name, employer, seq, is_lead) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    adoption: sqlite.prepare(
      `INSERT INTO suggestion_adoptions (id, site_id, created_at, updated_at, suggestion_id,
         body, level, adopted_on, how) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    instruction: sqlite.prepare(
      `INSERT INTO suggestion_instructions (id, site_id, created_at, updated_at, suggestion_id,
         leader, level, instructed_on, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    change: sqlite.prepare(
      "INSERT INTO change_log (table_name, row_id, op, hlc, site_id) VALUES (?, ?, 'insert', ?, ?)",
    ),
  }
  const row = (table: string, statement: BetterSqlite3.Statement, values: unknown[]) => {
    const id = newId(Date.now())
    statement.run(id, s.siteId, stamp, stamp, ...values)
    insert.change.run(table, id, stamp, s.siteId)
    return id
  }
  const level = () => {
    let roll = rnd.next()
    for (let i = 0; i < LEVEL_WEIGHTS.length; i++) {
      roll -= LEVEL_WEIGHTS[i]!
      if (roll < 0) return SUGGESTION_LEVELS[i]!
    }
    return 'county'
  }
  for (let i = 0; i < s.count; i++) {
    const kind = rnd.pick(BUILT_IN_SUGGESTION_KINDS)
    const month = rnd.int(1, 10)
    const date = `${s.year - rnd.int(0, 2)}-${pad(month)}-${pad(rnd.int(1, 28))}`
    const later = (n: number) => `${date.slice(0, 5)}${pad(month + n)}-${pad(rnd.int(1, 28))}`
    const adopted = rnd.chance(0.45)
    const topic = rnd.pick(words.topics)
    const id = row('suggestions', insert.suggestion, [
      `${words.title(kind.name, topic)}（${i + 1}）`,
      kind.code,
      date,
      rnd.pick(BUILT_IN_SUGGESTION_CHANNELS).code,
      rnd.pick(words.bodies),
      topic,
      adopted
        ? rnd.pick(['adopted', 'done'] as const)
        : rnd.pick(['submitted', 'rejected', 'in_progress'] as const),
    ])
    const start = rnd.int(0, persons.length - 1)
    const authors = Math.min(persons.length, rnd.int(1, 3))
    for (let k = 0; k < authors; k++) {
      const p = persons[(start + k * 97) % persons.length]!
      row('suggestion_submitters', insert.submitter, [
        id,
        p.id,
        p.name,
        p.employer,
        k + 1,
        k === 0 ? 1 : 0,
      ])
    }
    if (!adopted) continue
    for (let k = rnd.int(1, 2); k > 0; k--)
      row('suggestion_adoptions', insert.adoption, [
        id,
        rnd.pick(words.bodies),
        level(),
        later(1),
        rnd.pick(['published', 'forwarded', 'adopted'] as const),
      ])
    if (rnd.chance(0.2))
      row('suggestion_instructions', insert.instruction, [
        id,
        rnd.pick(words.leaders),
        level(),
        later(2),
        null,
      ])
  }
  recomputeScores(sqlite)
  return s.count
}
