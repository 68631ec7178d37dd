import { personBulkWriter } from '../../../../db/repos/personsBulk'
import { FTS_SQL } from '../../../../db/repos/personSearchRows'
import { packageRowText as text } from '../../../../shared/i18n/packages'
import { PERSON_SCALAR_KEYS, PERSON_SUB_RECORD_KEYS } from '../../../../shared/persons/fieldSpecs'
import type { PersonFields } from '../../../../shared/persons/types'
import type { NamePinyin } from '../../../../shared/persons/searchKeys'
import { decide, ndjsonRows, type AbsentRow, type AbsentRows, type ApplyScope } from './applyRows'
import { chunked, heldRows, LOOKUP_CHUNK } from './personLookups'
import { personLineReader } from './personLineReader'
import { isRowConstraint } from './rowOutcome'
import { SeenIds } from './seenIds'

const MAX_CHILDREN = 200

const SCALAR_KEYS: ReadonlySet<string> = new Set(PERSON_SCALAR_KEYS)

/**
 * The record of a person line, or null when it is not one (a sender's bug, reported per row).
 * Checked where it lies (the object is the line's own, just parsed): a copy of every field
 * per person was a tenth of the persons loop. A scalar left out stays absent — the writer
 * reads each as `?? null` — and keys this schema does not know are never used. The record's
 * own keys are walked once (for…in, which V8 reads from the object's layout): looking each of
 * the schema's ~45 scalars up by name, with an own-property test each, was four times slower.
 * No field name is one of Object.prototype's, and JSON.parse makes `__proto__` an own key.
 */
function personFields(raw: unknown): PersonFields | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null
  const f = raw as Record<string, unknown>
  for (const key in f) {
    const v = f[key]
    if (v != null && typeof v !== 'string' && SCALAR_KEYS.has(key)) return null
  }
  if (typeof f.name !== 'string') return null
  if (typeof f.status !== 'string') f.status = '1'
  for (const key of PERSON_SUB_RECORD_KEYS) {
    const v = f[key]
    if (v === undefined) f[key] = []
    else if (!Array.isArray(v) || v.length > MAX_CHILDREN) return null
  }
  return f as unknown as PersonFields
}

const PINYIN_LETTERS = /^[a-z]*$/

/**
 * The sender's pinyin keys of the name (PersonLine), when the line has them and they are
 * letters only: a sender could put anything there, but it would only hide its own persons
 * from a pinyin search here — the name itself it can set as it likes anyway.
 */
function carriedPinyin(row: Record<string, unknown>): NamePinyin | undefined {
  const { name_py: full, name_initials: initials } = row
  if (typeof full !== 'string' || typeof initials !== 'string') return undefined
  if (!PINYIN_LETTERS.test(full) || !PINYIN_LETTERS.test(initials)) return undefined
  return { full, initials }
}

/**
 * Persons with their child records, through the same bulk statements an import uses, so the
 * search index, the list index and change_log see them as any other write. Rows keep the
 * sender's stamps and site; a person whose ID number another unit already holds is applied
 * and named in the receipt as a cross-unit duplicate.
 */
export async function applyPersons(
  scope: ApplyScope,
  blocks: AsyncIterable<Buffer>,
  opts: {
    sendersPinyin: boolean
    /** The sender's persons columns (its manifest): where each value of a format-2 line is. */
    columns: readonly string[]
  },
  absent: AbsentRows | null,
): Promise<void> {
  const { sqlite, tally } = scope
  const writer = personBulkWriter(sqlite)
  const single = scope.sites.size === 1 ? [...scope.sites][0]! : null
  const held = heldRows(sqlite, single)
  const stamps = sqlite.prepare(
    'UPDATE persons SET created_at = ?, updated_at = ?, deleted_at = ? WHERE rid = ?',
  )
  const unindex = [sqlite.prepare(FTS_SQL.deleteTri), sqlite.prepare(FTS_SQL.deleteChars)]
  const fromArray = personLineReader(opts.columns)
  const seen = new SeenIds()
  // Rows inserted above this rid wait for finishInserts: their search rows and change_log.
  let indexedTo = writer.lastRid()
  // A relay's rows come from several units, each one's holder "elsewhere" for the others, so
  // each is looked up after the rows before it are written; a unit's own package in chunks.
  for await (const block of blocks)
    for (const chunk of chunked(
      ndjsonRows(block, 'persons', tally, fromArray),
      single ? LOOKUP_CHUNK : 1,
    )) {
      const known = held.lookUp(chunk, single ?? String(chunk[0]!.site_id))
      for (const row of chunk) {
        if (scope.progress.row()) await scope.progress.pause()
        const id = String(row.id)
        // An id twice in one package: the second sees what the first wrote. (An id only maybe
        // seen before is looked up all the same: not written yet, it is found as it was.)
        const existing = seen.add(id) ? held.find(id) : known.existing.get(id)
        absent?.seen(id)
        const decision = decide(scope, 'persons', row, existing)
        if (decision === 'skip') continue
        // Written by this apply and not indexed yet: the rows so far get their search rows and
        // change_log entries first, so the update finds its person as any other write left it
        // (indexed once, its insert logged before its update).
        if (existing && existing.rid > indexedTo) {
          writer.finishInserts(indexedTo)
          indexedTo = writer.lastRid()
        }
        const fields = personFields(row.fields)
        const createdAt =
          typeof row.created_at === 'string' ? row.created_at : String(row.updated_at)
        const deletedAt = typeof row.deleted_at === 'string' ? row.deleted_at : null
        if (!fields) {
          tally.issue({ table: 'persons', id, kind: 'invalid', message: text.invalid }, true)
          continue
        }
        const stamp = String(row.updated_at)
        const key = { id, siteId: String(row.site_id) }
        const pinyin = opts.sendersPinyin ? carriedPinyin(row) : undefined
        try {
          const purged = typeof row.purged_at === 'string'
          if (existing) {
            const rid = existing.rid
            writer.update({ ...key, rid }, fields, stamp, pinyin)
            if (purged) writer.purge({ ...key, rid }, stamp)
            else {
              stamps.run(createdAt, stamp, deletedAt, rid)
              if (deletedAt) for (const s of unindex) s.run(rid)
            }
          } else {
            // Most of a full package: live new persons, indexed and logged in one pass below.
            const live = !purged && !deletedAt
            const rid = writer.insert(
              { ...key, stamp, fields, createdAt, deletedAt, pinyin },
              { deferred: live },
            )
            if (purged) writer.purge({ ...key, rid }, stamp)
          }
        } catch (e) {
          if (!isRowConstraint(e)) throw e
          tally.issue({ table: 'persons', id, kind: 'conflict', message: text.conflict }, true)
          continue
        }
        const counts = tally.of('persons')
        if (deletedAt && !existing?.deleted_at) counts.deleted++
        else if (existing) counts.updated++
        else counts.inserted++
        if (fields.idNumber && !deletedAt) {
          const other = known.elsewhere.get(fields.idNumber)
          if (other) {
            tally.issue(
              {
                table: 'persons',
                id,
                kind: 'duplicateId',
                message: text.duplicateId(other.code ?? '', other.name ?? ''),
              },
              false,
            )
          }
        }
      }
    }
  writer.finishInserts(indexedTo)
}

/** Full package: the live persons of its sites it no longer has go to the recycle bin here. */
export function tombstonePersons(scope: ApplyScope, rows: AbsentRow[]): void {
  const { sqlite } = scope
  const find = sqlite.prepare('SELECT rid FROM persons WHERE id = ?').pluck()
  const mark = sqlite.prepare('UPDATE persons SET deleted_at = ?, updated_at = ? WHERE rid = ?')
  const unindex = [sqlite.prepare(FTS_SQL.deleteTri), sqlite.prepare(FTS_SQL.deleteChars)]
  const log = sqlite.prepare(
    "INSERT INTO change_log (table_name, row_id, op, hlc, site_id) VALUES ('persons', ?, 'delete', ?, ?)",
  )
  for (const { id, siteId } of rows) {
    const rid = find.get(id) as number
    const stamp = scope.stamp()
    mark.run(stamp, stamp, rid)
    for (const s of unindex) s.run(rid)
    log.run(id, stamp, siteId)
    scope.tally.of('persons').deleted++
  }
}
