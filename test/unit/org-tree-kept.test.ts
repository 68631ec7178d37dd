import BetterSqlite3 from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Core } from '../../electron/core/core'
import { SessionSlot } from '../../electron/core/session'
import { KeptUntilWrite } from '../../electron/services/keptUntilWrite'
import { localToday } from '../../shared/dates/calendar'
import { ADMIN, makeTestCore, startTestCore, type TestCore } from '../helpers/testCore'
import { createPersons } from './activity-fixtures'

/**
 * The organization tree is kept between calls until something is written (KeptUntilWrite):
 * each way its figures can change must show on the next call, never a kept answer.
 */
let t: TestCore
let other: Core
const otherSlot = new SessionSlot()
let orgId: string
let personIds: string[]

const memberCount = async () =>
  (await t.ok('organizations.tree', {})).find((o) => o.id === orgId)!.memberCount

beforeAll(async () => {
  t = await makeTestCore()
  await t.ok('auth.login', { username: ADMIN.username, password: ADMIN.password })
  personIds = await createPersons(t, 2, (i) => ({ name: `会员${'甲乙'[i]}` }))
  orgId = (await t.ok('organizations.create', { kind: 'association', name: '示例县新联会' })).id
  // A second core on the same folder stands for the xinlian command beside the app.
  other = await startTestCore(t.dir)
  const r = await other.call(otherSlot, 'auth.login', {
    username: ADMIN.username,
    password: ADMIN.password,
  })
  expect(r.ok).toBe(true)
})
afterAll(() => {
  other?.close()
  t?.cleanup()
})

describe('the organization tree kept between calls', () => {
  it('answers the same tree twice without a write, frozen against callers changing it', async () => {
    const first = await t.ok('organizations.tree', {})
    const second = await t.ok('organizations.tree', {})
    expect(second).toEqual(first)
    expect(Object.isFrozen(second[0])).toBe(true)
  })

  it('counts a member added, and no longer one whose person is deleted', async () => {
    expect(await memberCount()).toBe(0)
    await t.ok('memberships.add', { organizationId: orgId, personIds, post: '01' })
    expect(await memberCount()).toBe(2)
    await t.ok('persons.delete', { id: personIds[1]! })
    expect(await memberCount()).toBe(1)
  })

  it('shows an organization another process created and renamed', async () => {
    await t.ok('organizations.tree', {})
    const created = await other.call(otherSlot, 'organizations.create', {
      kind: 'branch',
      name: '城关镇分会',
      parentId: orgId,
    })
    if (!created.ok) throw new Error(created.error.message)
    let tree = await t.ok('organizations.tree', {})
    expect(tree.find((o) => o.id === created.value.id)?.path).toEqual([
      '示例县新联会',
      '城关镇分会',
    ])
    const renamed = await other.call(otherSlot, 'organizations.update', {
      id: created.value.id,
      name: '城东分会',
    })
    expect(renamed.ok).toBe(true)
    tree = await t.ok('organizations.tree', {})
    expect(tree.find((o) => o.id === created.value.id)?.name).toBe('城东分会')
  })

  it('stops counting a term the day after it ends', async () => {
    const today = localToday(new Date(t.core.clock.nowMs()))
    const [membership] = await t.ok('organizations.members', { id: orgId })
    await t.ok('memberships.update', { id: membership!.id, endDate: today })
    expect(await memberCount()).toBe(1)
    const tomorrow = t.core.clock.nowMs() + 86_400_000
    const clock = vi.spyOn(t.core.clock, 'nowMs').mockReturnValue(tomorrow)
    try {
      // A day idle locks the screen first.
      await t.ok('auth.unlock', { password: ADMIN.password })
      expect(await memberCount()).toBe(0)
    } finally {
      clock.mockRestore()
    }
    expect(await memberCount()).toBe(1)
  })
})

describe('KeptUntilWrite', () => {
  const sqlite = new BetterSqlite3(':memory:')
  sqlite.exec(`
    CREATE TABLE change_log (seq INTEGER PRIMARY KEY AUTOINCREMENT, row_id TEXT);
    CREATE TABLE units (id TEXT, code TEXT, is_self INTEGER, deleted_at TEXT);
    INSERT INTO units VALUES ('u1', '330621', 1, NULL);`)
  const write = sqlite.prepare('INSERT INTO change_log (row_id) VALUES (?)')
  const kept = new KeptUntilWrite<string>()
  const current = () => sqlite.prepare('SELECT group_concat(row_id) FROM change_log').pluck().get()
  const read = (key = 'k') => kept.get(sqlite, key, async () => String(current()))

  it('builds again after a write, a unit change or another key, not otherwise', async () => {
    write.run('a')
    const builds = vi.fn(async () => String(current()))
    await kept.get(sqlite, 'k', builds)
    await kept.get(sqlite, 'k', builds)
    expect(builds).toHaveBeenCalledTimes(1)
    write.run('b')
    expect(await read()).toBe('a,b')
    sqlite.exec(`INSERT INTO units VALUES ('u2', '330602', 0, NULL)`)
    await kept.get(sqlite, 'k', builds)
    await kept.get(sqlite, 'other', builds)
    expect(builds).toHaveBeenCalledTimes(3)
  })

  it('keeps nothing read inside a transaction that rolls back', async () => {
    sqlite.exec('BEGIN')
    write.run('rolled back')
    expect(await read()).toContain('rolled back')
    sqlite.exec('ROLLBACK')
    // The committed write that follows is handed the very seq the rolled-back one had.
    write.run('c')
    expect(await read()).toBe('a,b,c')
  })
})
