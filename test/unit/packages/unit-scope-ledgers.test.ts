import { afterEach, describe, expect, it } from 'vitest'
import { person, validId } from '../persons-fixtures'
import { suggestionDraft } from '../suggestion-fixtures'
import { office, offices, registerPair, sendUp, type Offices } from './exchange-fixtures'
import type { TestCore } from '../../helpers/testCore'

let o: Offices
let other: TestCore | undefined
afterEach(() => {
  o?.cleanup()
  other?.cleanup()
  other = undefined
})

let seq = 100
async function suggest(core: TestCore, name: string, title: string): Promise<void> {
  const idNumber = validId('1985-03-04', String(seq++))
  const p = await core.ok('persons.create', person({ name, idNumber }))
  await core.ok('suggestions.create', suggestionDraft([p.person.id], { title }))
}

describe('the city narrows its 建言献策 and organizations to one unit', () => {
  it('units picks one county, the city itself, or several; text search keeps the scope', async () => {
    o = await offices()
    const { county, city } = o
    other = await office('330602', '示例区委统战部')
    await registerPair(other, city)
    await suggest(county, '王建国', '关于县里企业用工的建议')
    await suggest(county, '李四', '关于县里人才公寓的建议')
    await suggest(other, '赵六', '关于区里企业用工的建议')
    await suggest(city, '钱七', '关于市本级企业用工的建议')
    await county.ok('organizations.create', { kind: 'association', name: '示例县新联会' })
    await other.ok('organizations.create', { kind: 'association', name: '示例区新联会' })
    await city.ok('organizations.create', { kind: 'association', name: '市新联会' })
    await sendUp(county, city, '330600')
    await sendUp(other, city, '330600')

    const titles = async (filter: { units?: string[]; query?: string }) =>
      (await city.ok('suggestions.list', { ...filter, page: 1, pageSize: 50 })).items
        .map((s) => s.title)
        .sort()
    expect(await titles({})).toHaveLength(4)
    expect(await titles({ units: ['330621'] })).toEqual([
      '关于县里人才公寓的建议',
      '关于县里企业用工的建议',
    ])
    expect(await titles({ units: ['330600'] })).toEqual(['关于市本级企业用工的建议'])
    // Each row names its unit, since the city's list mixes them.
    const owners = (await city.ok('suggestions.list', { page: 1, pageSize: 50 })).items.map((x) => [
      x.title,
      x.unitCode,
      x.unitName,
      x.ownedHere,
    ])
    expect(owners).toContainEqual(['关于区里企业用工的建议', '330602', '示例区委统战部', false])
    expect(owners).toContainEqual(['关于市本级企业用工的建议', '330600', '示例市委统战部', true])
    expect(await titles({ units: ['330602', '330600'] })).toHaveLength(2)
    expect(await titles({ units: ['330699'] })).toEqual([])
    // A search alone is answered from the index; with a unit it must still keep to the unit.
    expect(await titles({ query: '企业用工' })).toHaveLength(3)
    expect(await titles({ query: '企业用工', units: ['330602'] })).toEqual([
      '关于区里企业用工的建议',
    ])

    const orgs = async (units?: string[]) =>
      (await city.ok('organizations.tree', units ? { units } : {})).map((x) => x.name).sort()
    expect(await orgs()).toEqual(['市新联会', '示例区新联会', '示例县新联会'].sort())
    expect(await orgs(['330621'])).toEqual(['示例县新联会'])
    expect(await orgs(['330600', '330602'])).toEqual(['市新联会', '示例区新联会'].sort())
    expect(await orgs(['330699'])).toEqual([])
  })
})
