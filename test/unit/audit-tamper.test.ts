import { afterEach, describe, expect, it } from 'vitest'
import type { AuditFields } from '../../electron/services/audit/hashChain'
import { makeTestCore, type TestCore } from '../helpers/testCore'
import { openDataDirDatabase } from '../helpers/dataDirDatabase'

let t: TestCore
afterEach(() => t?.cleanup())

/** Every column the hash covers, with a value different from anything the app writes. */
const TAMPERED: Record<keyof AuditFields, string> = {
  at: '2000-01-01T00:00:00.000Z',
  user_id: 'someone-else',
  username: 'mallory',
  action: 'settings.get',
  object_type: 'nothing',
  object_id: 'other-id',
  result: 'denied',
  detail: '改过的详情',
}

/** A register with a few audit rows, and a raw handle with the append-only guard dropped. */
async function logWithRows() {
  t = await makeTestCore()
  for (const minutes of [11, 12, 13, 14])
    await t.ok('settings.update', { idleLockMinutes: minutes })
  const raw = openDataDirDatabase(t.dir)
  raw.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete')
  return raw
}

describe('audit verify catches tampering', () => {
  it.each(Object.keys(TAMPERED) as (keyof AuditFields)[])(
    'names exactly the row whose %s was changed',
    async (column) => {
      const raw = await logWithRows()
      raw.prepare(`UPDATE audit_log SET ${column} = ? WHERE seq = 3`).run(TAMPERED[column])
      raw.close()
      expect(await t.ok('audit.verify', {})).toMatchObject({
        ok: false,
        firstBrokenSeq: 3,
        brokenSeqs: [3],
        brokenCount: 1,
      })
    },
  )

  it('reports every break, and checks everything after the first', async () => {
    const raw = await logWithRows()
    raw.prepare("UPDATE audit_log SET detail = 'x' WHERE seq = 2").run()
    raw.prepare('DELETE FROM audit_log WHERE seq = 4').run()
    raw.close()
    const verdict = await t.ok('audit.verify', {})
    // The edit at 2, and the row after the removed 4 no longer links to what precedes it.
    expect(verdict).toMatchObject({ ok: false, brokenSeqs: [2, 5], brokenCount: 2 })
  })

  it('names a fork: two rows linked to the same predecessor', async () => {
    const raw = await logWithRows()
    const last = raw.prepare('SELECT * FROM audit_log ORDER BY seq DESC LIMIT 1').get() as {
      seq: number
      prev_hash: string
    }
    // What two unsynchronized writers produced: a copy of the last row on the same prev_hash.
    raw
      .prepare(
        `INSERT INTO audit_log (at, user_id, username, action, object_type, object_id, result, detail, prev_hash, hash)
         SELECT at, user_id, username, action, object_type, object_id, result, detail, prev_hash, hash
         FROM audit_log WHERE seq = ?`,
      )
      .run(last.seq)
    raw.close()
    expect(await t.ok('audit.verify', {})).toMatchObject({
      ok: false,
      brokenSeqs: [last.seq + 1],
    })
  })
})

describe('the database refuses to rewrite the log', () => {
  const columns =
    'seq, at, user_id, username, action, object_type, object_id, result, detail, prev_hash, hash'

  it('refuses INSERT OR REPLACE of an existing row, the last one included', async () => {
    t = await makeTestCore()
    const db = t.core.database.sqlite
    const max = db.prepare('SELECT max(seq) FROM audit_log').pluck().get() as number
    for (const seq of [1, max]) {
      expect(() =>
        db
          .prepare(
            `INSERT OR REPLACE INTO audit_log (${columns}) SELECT seq, at, user_id, 'mallory', action, object_type, object_id, result, detail, prev_hash, hash FROM audit_log WHERE seq = ?`,
          )
          .run(seq),
      ).toThrow(/append-only/)
      expect(() =>
        db
          .prepare(
            `REPLACE INTO audit_log (${columns}) SELECT seq, at, user_id, 'mallory', action, object_type, object_id, result, detail, prev_hash, hash FROM audit_log WHERE seq = ?`,
          )
          .run(seq),
      ).toThrow(/append-only/)
    }
    expect(
      db.prepare("SELECT count(*) FROM audit_log WHERE username = 'mallory'").pluck().get(),
    ).toBe(0)
    expect(await t.ok('audit.verify', {})).toMatchObject({ ok: true })
  })

  it('refuses a row slipped in below the last seq, or at zero or below', async () => {
    const raw = await logWithRows()
    // Make room in the middle and at the end, as an editor of the file could.
    const max = raw.prepare('SELECT max(seq) FROM audit_log').pluck().get() as number
    raw.prepare('DELETE FROM audit_log WHERE seq IN (2, ?)').run(max)
    const insert = (seq: number) =>
      raw
        .prepare(
          `INSERT INTO audit_log (${columns}) VALUES (?, 'x', NULL, 'm', 'a', NULL, NULL, 'ok', NULL, 'p', 'h')`,
        )
        .run(seq)
    for (const seq of [2, max, 0, -1, -5])
      expect(() => insert(seq), String(seq)).toThrow(/append-only/)
    raw.close()
    // An ordinary append (seq left to SQLite) still works.
    await t.ok('settings.update', { idleLockMinutes: 25 })
  })
})
