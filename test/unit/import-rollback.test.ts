import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { SessionSlot } from '../../electron/core/session'
import type { TestCore } from '../helpers/testCore'
import {
  countRows,
  importFile,
  livePersons,
  previewFile,
  sampleBytes,
  signedInCore,
} from './import-fixtures'

let t: TestCore | null = null
afterEach(() => {
  t?.cleanup()
  t = null
})

const TOWNSHIP = 'sample-township.xlsx'

async function operator(core: TestCore): Promise<SessionSlot> {
  await core.ok('users.create', {
    username: 'op',
    displayName: '操作员',
    role: 'operator',
    password: 'Operator-pass-1',
  })
  const slot = new SessionSlot()
  await core.ok('auth.login', { username: 'op', password: 'Operator-pass-1' }, slot)
  await core.ok(
    'auth.changePassword',
    { currentPassword: 'Operator-pass-1', newPassword: 'Operator-pass-2' },
    slot,
  )
  return slot
}

describe('import batches and rollback', () => {
  it('records the batch and removes exactly the persons it created on rollback', async () => {
    t = await signedInCore()
    const kept = await t.ok('persons.create', { name: '王先生', employer: '手工录入的人' })
    const baseline = livePersons(t).size
    const progress: unknown[] = []
    t.core.events.subscribe((event, payload) => {
      if (event === 'progress') progress.push(payload)
    })
    const result = await importFile(t, TOWNSHIP, sampleBytes(TOWNSHIP))
    expect(progress.at(-1)).toEqual({ task: 'import', done: 40, total: 40 })
    expect(livePersons(t).size).toBe(baseline + 40)

    const list = await t.ok('imports.list', {})
    expect(list.items[0]).toMatchObject({
      id: result.batchId,
      fileName: TOWNSHIP,
      status: 'applied',
      counts: { created: 40, updated: 0 },
      sheets: ['城关镇'],
    })

    const rolled = await t.ok('imports.rollback', { batchId: result.batchId })
    expect(rolled).toEqual({ batchId: result.batchId, removed: 40, restored: 0 })
    expect(livePersons(t).size).toBe(baseline)
    expect((await t.ok('persons.get', { id: kept.person.id })).deletedAt).toBeNull()
    // Removed persons leave the tombstone every purge leaves, and are out of search.
    const sqlite = t.core.database.sqlite
    expect(
      sqlite.prepare('SELECT count(*) FROM persons WHERE purged_at IS NOT NULL').pluck().get(),
    ).toBe(40)
    expect((await t.ok('persons.search', { query: '陆琪子' })).length).toBe(0)
    expect((await t.ok('imports.list', {})).items[0]).toMatchObject({
      status: 'rolledBack',
      rolledBackBy: 'admin',
    })

    // The same file imports again afterwards, as new persons.
    const again = await importFile(t, TOWNSHIP, sampleBytes(TOWNSHIP))
    expect(again.counts.created).toBe(40)
    await expect(t.ok('imports.rollback', { batchId: result.batchId })).rejects.toMatchObject({
      code: 'CONFLICT',
    })
  })

  it('restores updated persons to what they were before the import', async () => {
    t = await signedInCore()
    const created = await t.ok('persons.create', {
      name: '陆琪子',
      idNumber: '330629196112061924',
      employer: '旧单位',
      phone: '13900000000',
      remarks: '手工录入',
    })
    const result = await importFile(t, TOWNSHIP, sampleBytes(TOWNSHIP))
    expect(result.counts).toMatchObject({ created: 39, updated: 1 })
    const update = result.rows.find((r) => r.status === 'updated')!
    expect(update).toMatchObject({ sheet: '城关镇', row: 4, name: '陆琪子' })
    expect(update.changes.map((c) => c.label)).toEqual(expect.arrayContaining(['工作单位', '手机']))
    // Values shown in the preview are masked.
    expect(update.changes.find((c) => c.field === 'phone')!.before).toBe('139****0000')
    let p = await t.ok('persons.get', { id: created.person.id })
    expect(p.employer).toBe('启明农业开发有限公司')
    expect(p.remarks).toBe('手工录入')

    const history = await t.ok('persons.history', { id: created.person.id })
    expect(history.at(-1)).toMatchObject({ action: 'imports.apply', actionName: '导入人员' })

    await t.ok('imports.rollback', { batchId: result.batchId })
    p = await t.ok('persons.get', { id: created.person.id })
    expect(p.employer).toBe('旧单位')
    expect(p.ethnicity).toBeNull()
    expect(livePersons(t).size).toBe(1)
  })

  it('decides again on apply when the register changed after the preview', async () => {
    t = await signedInCore()
    const preview = await previewFile(t, TOWNSHIP, sampleBytes(TOWNSHIP))
    expect(preview.counts).toMatchObject({ created: 40, updated: 0 })
    // Someone registers one of the file's persons meanwhile.
    await t.ok('persons.create', { name: '陆琪子', idNumber: '330629196112061924' })
    const result = await t.ok('imports.apply', { token: preview.token })
    expect(result.counts).toMatchObject({ created: 39, updated: 1 })
    expect(livePersons(t).size).toBe(40)
  })

  it('refuses to roll back when a person was edited after the import, changing nothing', async () => {
    t = await signedInCore()
    const result = await importFile(t, TOWNSHIP, sampleBytes(TOWNSHIP))
    const someone = [...livePersons(t).values()][0]!
    await t.ok('persons.update', { id: someone.id, remarks: '导入后又修改' })
    await expect(t.ok('imports.rollback', { batchId: result.batchId })).rejects.toMatchObject({
      code: 'CONFLICT',
    })
    expect(livePersons(t).size).toBe(40)
    expect((await t.ok('imports.list', {})).items[0]!.status).toBe('applied')
  })

  it('lets operators import but only admins roll back; both are audited', async () => {
    t = await signedInCore()
    const op = await operator(t)
    const preview = await t.ok(
      'imports.preview',
      { fileName: TOWNSHIP, data: sampleBytes(TOWNSHIP).toString('base64') },
      op,
    )
    // A preview belongs to the user who made it.
    await expect(t.ok('imports.apply', { token: preview.token })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
    const result = await t.ok('imports.apply', { token: preview.token }, op)
    await expect(t.ok('imports.rollback', { batchId: result.batchId }, op)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
    await t.ok('imports.rollback', { batchId: result.batchId })
    const audit = t.core.database.sqlite
      .prepare(
        "SELECT action, result, username, object_type, detail FROM audit_log WHERE action LIKE 'imports.%' ORDER BY seq",
      )
      .all() as {
      action: string
      result: string
      username: string
      object_type: string | null
      detail: string | null
    }[]
    const rowsOf = (action: string, result: string, objectType: string | null) =>
      audit.filter(
        (a) => a.action === action && a.result === result && a.object_type === objectType,
      )
    expect(
      rowsOf('imports.apply', 'ok', 'import_batch').map((a) => [a.username, a.detail]),
    ).toEqual([['op', expect.stringContaining('新建 40')]])
    expect(rowsOf('imports.apply', 'failed', null).map((a) => a.username)).toEqual(['admin'])
    expect(rowsOf('imports.rollback', 'denied', null).map((a) => a.username)).toEqual(['op'])
    expect(rowsOf('imports.rollback', 'ok', 'import_batch').map((a) => a.username)).toEqual([
      'admin',
    ])
    expect(rowsOf('imports.rollback', 'ok', 'person')).toHaveLength(40)
    expect(audit.every((a) => !/\d{17}[\dX]/.test(a.detail ?? ''))).toBe(true)
    // A token is used once.
    await expect(t.ok('imports.apply', { token: preview.token }, op)).rejects.toMatchObject({
      code: 'CONFLICT',
    })
    expect(countRows(t.core.database.sqlite, 'import_batches')).toBe(1)
  })

  it('writes nothing when the backup before the import fails, though it is made while the import writes', async () => {
    t = await signedInCore()
    const baseline = livePersons(t).size
    const preview = await previewFile(t, TOWNSHIP, sampleBytes(TOWNSHIP))
    // A file where the backups folder should be: the backup cannot be written.
    const backups = join(t.dir, 'backups')
    rmSync(backups, { recursive: true, force: true })
    writeFileSync(backups, 'not a folder')
    const r = await t.core.call(t.slot, 'imports.apply', { token: preview.token, rowLimit: 100 })
    expect(r.ok).toBe(false)
    expect(livePersons(t).size).toBe(baseline)
    const sqlite = t.core.database.sqlite
    expect(countRows(sqlite, 'import_batches')).toBe(0)
    expect(countRows(sqlite, 'person_fts_tri_docsize')).toBe(0)
    const changes = sqlite
      .prepare("SELECT count(*) FROM change_log WHERE table_name = 'persons'")
      .pluck()
      .get()
    expect(changes).toBe(0)
  })

  it("shows the import on a created person's 变更记录", async () => {
    t = await signedInCore()
    const result = await importFile(t, TOWNSHIP, sampleBytes(TOWNSHIP))
    const someone = [...livePersons(t).values()][0]!
    await t.ok('persons.delete', { id: someone.id })
    const history = await t.ok('persons.history', { id: someone.id })
    expect(history.map((h) => h.action)).toEqual(['imports.apply', 'persons.delete'])
    expect(history[0]!.actionName).toBe('导入人员')
    expect(history[0]!.detail).toContain(`由导入新建：${TOWNSHIP}`)
    expect(history[0]!.detail).toContain(result.batchId.slice(0, 8))
    expect(history[0]!.username).toBe('admin')
  })

  it("records the created persons as the batch's run of rids: one registered after it is not the batch's", async () => {
    t = await signedInCore()
    const before = await t.ok('persons.create', { name: '王先生', employer: '导入前录入' })
    const result = await importFile(t, TOWNSHIP, sampleBytes(TOWNSHIP))
    const after = await t.ok('persons.create', { name: '李女士', employer: '导入后录入' })
    const sqlite = t.core.database.sqlite
    const ridOf = (id: string) =>
      sqlite.prepare('SELECT rid FROM persons WHERE id = ?').pluck().get(id) as number
    const batch = sqlite
      .prepare('SELECT created_rid_from AS "from", created_rid_to AS "to" FROM import_batches')
      .get() as { from: number; to: number }
    expect(batch).toEqual({ from: ridOf(before.person.id) + 1, to: ridOf(before.person.id) + 40 })
    expect(ridOf(after.person.id)).toBeGreaterThan(batch.to)
    // No row per created person: the batch's own row says which.
    expect(countRows(sqlite, 'import_batch_persons')).toBe(0)
    expect((await t.ok('persons.history', { id: after.person.id })).map((h) => h.action)).toEqual([
      'persons.create',
    ])

    expect(await t.ok('imports.rollback', { batchId: result.batchId })).toMatchObject({
      removed: 40,
    })
    expect(new Set([...livePersons(t).values()].map((p) => p.id))).toEqual(
      new Set([before.person.id, after.person.id]),
    )
    // The removed persons' 变更记录 still names the import that created them.
    const removedId = sqlite
      .prepare('SELECT id FROM persons WHERE rid = ?')
      .pluck()
      .get(batch.from) as string
    const history = await t.ok('persons.history', { id: removedId })
    expect(history[0]).toMatchObject({ action: 'imports.apply' })
  })

  it('still reads and rolls back a batch recorded before 0025, one row per created person', async () => {
    t = await signedInCore()
    const result = await importFile(t, TOWNSHIP, sampleBytes(TOWNSHIP))
    const sqlite = t.core.database.sqlite
    // What an import recorded before the batch held its run of rids.
    sqlite.exec(`
      INSERT INTO import_batch_persons (batch_id, person_rid, person_id, op, before_json, stamp)
        SELECT b.id, p.rid, p.id, 'create', NULL, p.created_at
          FROM import_batches b JOIN persons p ON p.rid BETWEEN b.created_rid_from AND b.created_rid_to;
      UPDATE import_batches SET created_rid_from = NULL, created_rid_to = NULL;`)
    const someone = [...livePersons(t).values()][0]!
    const history = await t.ok('persons.history', { id: someone.id })
    expect(history.map((h) => h.action)).toEqual(['imports.apply'])
    expect(await t.ok('imports.rollback', { batchId: result.batchId })).toMatchObject({
      removed: 40,
    })
    expect(livePersons(t).size).toBe(0)
  })
})
