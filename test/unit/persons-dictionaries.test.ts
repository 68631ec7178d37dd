import { afterEach, describe, expect, it } from 'vitest'
import { makeTestCore, type TestCore } from '../helpers/testCore'
import { callError, person, sessionAs } from './persons-fixtures'

let t: TestCore
afterEach(() => t?.cleanup())

describe('dictionaries', () => {
  it('ships the 细分领域 seeds, which can be renamed and disabled but not deleted', async () => {
    t = await makeTestCore()
    const details = await t.ok('dictionaries.list', { kind: 'category_detail' })
    expect(details).toContainEqual(
      expect.objectContaining({ code: '2101', name: '律师', parentCode: '21', builtIn: true }),
    )
    await t.ok('dictionaries.save', {
      kind: 'category_detail',
      code: '2101',
      name: '执业律师',
      disabled: true,
    })
    expect(
      (await t.ok('dictionaries.list', { kind: 'category_detail' })).map((d) => d.code),
    ).not.toContain('2101')
    const all = await t.ok('dictionaries.list', { kind: 'category_detail', includeDisabled: true })
    expect(all.filter((d) => d.code === '2101')).toMatchObject([
      { name: '执业律师', disabled: true, builtIn: true },
    ])
    expect(
      (await callError(t, 'dictionaries.delete', { kind: 'category_detail', code: '2101' })).code,
    ).toBe('CONFLICT')
    const added = await t.ok('dictionaries.save', {
      kind: 'category_detail',
      name: '破产管理人',
      parentCode: '21',
    })
    expect(added.code).toBe('2151')
  })

  it('keeps townships and their communities, and protects entries in use', async () => {
    t = await makeTestCore()
    const town = await t.ok('dictionaries.save', { kind: 'township', name: '城关街道' })
    expect(town).toMatchObject({ code: '001', builtIn: false })
    expect(
      (await callError(t, 'dictionaries.save', { kind: 'community', name: '人民路社区' })).message,
    ).toContain('乡镇')
    const community = await t.ok('dictionaries.save', {
      kind: 'community',
      name: '人民路社区',
      parentCode: '001',
    })
    expect(
      (await callError(t, 'dictionaries.save', { kind: 'township', name: '城关街道' })).code,
    ).toBe('CONFLICT')
    await t.ok('persons.create', person({ township: '001', community: community.code }))
    expect(
      (await callError(t, 'dictionaries.delete', { kind: 'township', code: '001' })).message,
    ).toContain('1 名人员')
    const spare = await t.ok('dictionaries.save', { kind: 'township', name: '东湖街道' })
    await t.ok('dictionaries.delete', { kind: 'township', code: spare.code })
    expect((await t.ok('dictionaries.list', { kind: 'township' })).map((d) => d.name)).toEqual([
      '城关街道',
    ])
    const viewer = await sessionAs(t, 'viewer')
    expect((await t.ok('dictionaries.list', {}, viewer)).length).toBeGreaterThan(2)
    expect(
      (await callError(t, 'dictionaries.save', { kind: 'tag', name: '青年' }, viewer)).code,
    ).toBe('FORBIDDEN')
    const rows = t.core.database.sqlite
      .prepare("SELECT count(*) FROM change_log WHERE table_name = 'dictionaries'")
      .pluck()
      .get()
    expect(rows).toBe(4)
  })
})
