import { afterEach, describe, expect, it } from 'vitest'
import { makeTestCore, type TestCore } from '../helpers/testCore'

let t: TestCore | undefined
afterEach(() => {
  t?.cleanup()
  t = undefined
})

const YEAR = { from: '2026-01-01', to: '2026-12-31' }
const IDS = [
  'persons.education.bachelor',
  'persons.education.college',
  'persons.education.unknown',
  'persons.npc.county',
  'persons.npc.city',
  'persons.cppcc.city',
]

/**
 * 学历 and seat levels are counted from the list index, which learns of edits from
 * change_log: an edit of either must move the figures as soon as it is saved.
 */
describe('education and seat-level indicators after an edit', () => {
  it('follow a changed 学历 and a changed seat level, and drop a deleted person', async () => {
    t = await makeTestCore()
    const figures = async () =>
      (await t!.ok('statistics.indicators', { period: YEAR, ids: IDS })).values
    await t.ok('persons.create', { name: '赵一', education: '31' })
    const { person } = await t.ok('persons.create', {
      name: '钱二',
      education: '21',
      seats: [{ body: 'npc', level: 'county' }],
    })
    expect(await figures()).toMatchObject({
      'persons.education.bachelor': 1,
      'persons.education.college': 1,
      'persons.npc.county': 1,
      'persons.npc.city': 0,
    })

    await t.ok('persons.update', {
      id: person.id,
      education: null,
      seats: [
        { body: 'npc', level: 'city' },
        { body: 'cppcc', level: 'city' },
      ],
    })
    expect(await figures()).toEqual({
      'persons.education.bachelor': 0,
      'persons.education.college': 1,
      'persons.education.unknown': 1,
      'persons.npc.county': 0,
      'persons.npc.city': 1,
      'persons.cppcc.city': 1,
    })

    await t.ok('persons.delete', { id: person.id })
    expect(await figures()).toMatchObject({
      'persons.education.unknown': 0,
      'persons.npc.city': 0,
      'persons.cppcc.city': 0,
    })
  })
})
