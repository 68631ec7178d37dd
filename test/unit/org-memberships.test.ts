import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SessionSlot } from '../../electron/core/session'
import { makeTestCore, type TestCore } from '../helpers/testCore'
import { changeLogCount, createPersons, lastAudit } from './activity-fixtures'
import { callError, sessionAs } from './persons-fixtures'

let t: TestCore
let viewer: SessionSlot
let operator: SessionSlot
let ids: string[]
const org = {} as Record<'county' | 'branch' | 'other' | 'team' | 'squad', string>

beforeAll(async () => {
  t = await makeTestCore()
  viewer = await sessionAs(t, 'viewer')
  operator = await sessionAs(t, 'operator')
  ids = await createPersons(t, 6, (i) => ({ name: `成员${'甲乙丙丁戊己'[i]}` }))
  const create = (input: Parameters<TestCore['ok']>[1] & object) =>
    t.ok('organizations.create', input as never, operator)
  org.county = (
    await create({
      kind: 'association',
      name: '示例县新联会',
      level: 'county',
      exclusive: true,
      foundedOn: '2017.6',
    })
  ).id
  org.branch = (await create({ kind: 'branch', name: '城关镇分会', parentId: org.county })).id
  org.other = (await create({ kind: 'association', name: '示例县新阶联' })).id
  org.team = (await create({ kind: 'service_team', name: '新联会服务团' })).id
  org.squad = (
    await create({
      kind: 'service_unit',
      name: '法律服务队',
      parentId: org.team,
      serviceField: '法律',
    })
  ).id
})
afterAll(() => t?.cleanup())

describe('organizations', () => {
  it('keeps them as a tree with depth and path, parents first', async () => {
    const tree = await t.ok('organizations.tree', {}, viewer)
    const byId = new Map(tree.map((o) => [o.id, o]))
    expect(byId.get(org.branch)).toMatchObject({ depth: 1, path: ['示例县新联会', '城关镇分会'] })
    expect(byId.get(org.county)).toMatchObject({
      depth: 0,
      childCount: 1,
      foundedOn: '2017-06',
      exclusive: true,
    })
    for (const o of tree) {
      if (o.parentId)
        expect(tree.findIndex((p) => p.id === o.parentId)).toBeLessThan(tree.indexOf(o))
    }
    const detail = await t.ok('organizations.get', { id: org.squad }, viewer)
    expect(detail.ancestors.map((a) => a.name)).toEqual(['新联会服务团'])
    expect((await t.ok('organizations.get', { id: org.team })).children.map((c) => c.id)).toEqual([
      org.squad,
    ])
  })

  it('refuses a loop, a duplicate sibling name and a missing parent', async () => {
    const loop = await callError(t, 'organizations.update', {
      id: org.county,
      parentId: org.branch,
    })
    expect(loop.message).toContain('下级组织之下')
    const dup = await callError(t, 'organizations.create', {
      kind: 'branch',
      name: '城关镇分会',
      parentId: org.county,
    })
    expect(dup).toMatchObject({ code: 'CONFLICT' })
    const orphan = await callError(t, 'organizations.create', {
      kind: 'branch',
      name: '某分会',
      parentId: '0190aaaa-0000-7000-8000-000000000000',
    })
    expect(orphan.message).toContain('上级组织不存在')
  })

  it('writes travelling rows with a change-log entry per write, and audits them', async () => {
    const before = changeLogCount(t.core.database.sqlite, 'organizations')
    const updated = await t.ok('organizations.update', {
      id: org.other,
      annualReview: '2024 年度合格',
    })
    expect(updated.annualReview).toBe('2024 年度合格')
    expect(changeLogCount(t.core.database.sqlite, 'organizations')).toBe(before + 1)
    expect(lastAudit(t.core.database.sqlite)).toMatchObject({
      action: 'organizations.update',
      result: 'ok',
      object_id: org.other,
      detail: '修改组织 示例县新阶联',
    })
    const row = t.core.database.sqlite
      .prepare('SELECT site_id, created_at FROM organizations WHERE id = ?')
      .get(org.other) as { site_id: string; created_at: string }
    const unit = t.core.database.sqlite
      .prepare('SELECT id FROM units WHERE is_self = 1')
      .pluck()
      .get()
    expect(row.site_id).toBe(unit)
    expect(row.created_at).toMatch(/^\d{13}-\d{5}$/)
  })
})

describe('memberships', () => {
  it('adds persons in bulk with a post and term, skipping those already in, officers first', async () => {
    const first = await t.ok(
      'memberships.add',
      { organizationId: org.county, personIds: ids.slice(0, 4), post: '07', term: '第二届' },
      operator,
    )
    expect(first).toMatchObject({ added: 4, skipped: 0 })
    const again = await t.ok(
      'memberships.add',
      { organizationId: org.county, personIds: ids.slice(2, 5), post: '07', term: '第二届' },
      operator,
    )
    expect(again).toMatchObject({ added: 1, skipped: 2 })
    await t.ok(
      'memberships.add',
      { organizationId: org.county, personIds: [ids[5]!], post: '01', term: '第二届' },
      operator,
    )
    const members = await t.ok('organizations.members', { id: org.county }, viewer)
    expect(members).toHaveLength(6)
    expect(members[0]).toMatchObject({
      personId: ids[5],
      postName: '会长',
      organizationPath: '示例县新联会',
      active: true,
    })
    expect(members.slice(1).every((m) => m.postName === '会员')).toBe(true)
  })

  it('refuses an unknown post and persons not in the register', async () => {
    const post = await callError(t, 'memberships.add', {
      organizationId: org.branch,
      personIds: [ids[0]],
      post: '99',
    })
    expect(post.message).toContain('职务“99”不在职务字典中')
    const missing = await callError(t, 'memberships.add', {
      organizationId: org.branch,
      personIds: [ids[0], '0190aaaa-0000-7000-8000-000000000000'],
      post: '07',
    })
    expect(missing.message).toBe('有 1 名人员不存在或已被删除')
  })

  it('warns of cross-membership where an organization forbids it, not within its own tree', async () => {
    // A branch of the same association: one tree, no clash.
    const branch = await t.ok('memberships.add', {
      organizationId: org.branch,
      personIds: [ids[0]!],
      post: '03',
    })
    expect(branch.warnings).toEqual([])
    // Another family (服务团): no clash either.
    const team = await t.ok('memberships.add', {
      organizationId: org.squad,
      personIds: [ids[0]!],
      post: '07',
    })
    expect(team.warnings).toEqual([])
    // Another association while in the exclusive one: warned, and still recorded.
    const other = await t.ok('memberships.add', {
      organizationId: org.other,
      personIds: [ids[0]!, ids[1]!],
      post: '05',
    })
    expect(other.added).toBe(2)
    expect(other.warnings.map((w) => w.message)).toEqual([
      '成员甲 同时是“示例县新联会”和“示例县新阶联”的成员，而“示例县新联会”不允许交叉任职',
      '成员乙 同时是“示例县新联会”和“示例县新阶联”的成员，而“示例县新联会”不允许交叉任职',
    ])
    const check = await t.ok('organizations.crossCheck', { id: org.county }, viewer)
    expect(check.map((w) => w.personId).sort()).toEqual([ids[0], ids[1]].sort())
    expect(await t.ok('organizations.crossCheck', { id: org.team })).toEqual([])
    const mine = await t.ok('memberships.ofPerson', { personId: ids[0]! }, viewer)
    expect(mine.memberships.map((m) => m.organizationPath).sort()).toEqual([
      '新联会服务团 / 法律服务队',
      '示例县新联会',
      '示例县新联会 / 城关镇分会',
      '示例县新阶联',
    ])
    expect(mine.warnings).toHaveLength(1)
  })

  it('ends a term with an end date: former members drop out of lists and checks', async () => {
    const [m] = (await t.ok('memberships.ofPerson', { personId: ids[1]! })).memberships.filter(
      (x) => x.organizationId === org.other,
    )
    const bad = await callError(t, 'memberships.update', {
      id: m!.id,
      startDate: '2020-01-01',
      endDate: '2019-01-01',
    })
    expect(bad.message).toContain('早于')
    const ended = await t.ok('memberships.update', { id: m!.id, endDate: '2020-12-31' })
    expect(ended.active).toBe(false)
    expect((await t.ok('organizations.members', { id: org.other })).map((x) => x.personId)).toEqual(
      [ids[0]],
    )
    expect(
      (await t.ok('organizations.members', { id: org.other, includeEnded: true })).length,
    ).toBe(2)
    expect((await t.ok('memberships.ofPerson', { personId: ids[1]! })).warnings).toEqual([])
  })

  it('counts branch members under the association when asked', async () => {
    const withBranches = await t.ok('organizations.members', {
      id: org.county,
      includeBranches: true,
    })
    expect(withBranches.map((m) => m.organizationId)).toContain(org.branch)
    const tree = await t.ok('organizations.tree', {})
    expect(tree.find((o) => o.id === org.county)!.memberCount).toBe(6)
  })
})

describe('posts and deletion', () => {
  it('ships the posts in order; new ones are numbered after them; built-ins and used ones stay', async () => {
    const posts = await t.ok('organizations.posts', {}, viewer)
    expect(posts.map((p) => p.name)).toEqual([
      '会长',
      '常务副会长',
      '副会长',
      '秘书长',
      '理事',
      '监事',
      '会员',
    ])
    const added = await t.ok('organizations.savePost', { name: '名誉会长' })
    expect(added).toMatchObject({ code: '08', builtIn: false })
    expect((await t.ok('organizations.posts', {})).at(-1)!.name).toBe('名誉会长')
    expect(await callError(t, 'organizations.deletePost', { code: '07' })).toMatchObject({
      code: 'CONFLICT',
    })
    await t.ok('memberships.add', { organizationId: org.team, personIds: [ids[2]!], post: '08' })
    expect((await callError(t, 'organizations.deletePost', { code: '08' })).message).toContain(
      '仍有 1 条',
    )
    expect(await callError(t, 'organizations.savePost', { name: '会长' })).toMatchObject({
      code: 'CONFLICT',
    })
    const renamed = await t.ok('organizations.savePost', {
      code: '06',
      name: '监事长',
      disabled: true,
    })
    expect(renamed).toMatchObject({ builtIn: true, disabled: true })
    expect((await t.ok('organizations.posts', {})).map((p) => p.code)).not.toContain('06')
  })

  it('lets viewers read only, operators write, and only admins delete', async () => {
    expect(
      await callError(t, 'organizations.create', { kind: 'other', name: '某组织' }, viewer),
    ).toMatchObject({ code: 'FORBIDDEN' })
    expect(await callError(t, 'organizations.delete', { id: org.squad }, operator)).toMatchObject({
      code: 'FORBIDDEN',
    })
    expect(await callError(t, 'organizations.savePost', { name: '顾问' }, operator)).toMatchObject({
      code: 'FORBIDDEN',
    })
    expect((await callError(t, 'organizations.delete', { id: org.team })).message).toContain(
      '1 个下级组织',
    )
  })

  it('deletes an organization with its memberships as tombstones that travel', async () => {
    const sqlite = t.core.database.sqlite
    const before = changeLogCount(sqlite, 'memberships')
    await t.ok('organizations.delete', { id: org.squad })
    expect(changeLogCount(sqlite, 'memberships')).toBe(before + 1)
    expect(
      sqlite
        .prepare('SELECT deleted_at IS NOT NULL FROM organizations WHERE id = ?')
        .pluck()
        .get(org.squad),
    ).toBe(1)
    expect((await t.ok('organizations.tree', {})).map((o) => o.id)).not.toContain(org.squad)
    expect(await callError(t, 'organizations.members', { id: org.squad })).toMatchObject({
      code: 'NOT_FOUND',
    })
    expect(lastAudit(sqlite).detail).toBe('删除组织 法律服务队（同时移除 1 条任职记录）')
  })
})
