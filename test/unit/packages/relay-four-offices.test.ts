import { afterEach, describe, expect, it } from 'vitest'
import { person, validId } from '../persons-fixtures'
import type { TestCore } from '../../helpers/testCore'
import { count, exportTo, office, registerPair, rows } from './exchange-fixtures'

let all: TestCore[] = []
afterEach(() => {
  for (const t of all) t.cleanup()
  all = []
})

async function open(code: string, name: string): Promise<TestCore> {
  const t = await office(code, name)
  all.push(t)
  return t
}

async function send(
  from: TestCore,
  to: TestCore,
  code: string,
  kind: 'full' | 'incremental' = 'full',
) {
  const pkg = await exportTo(from, { to: code, kind })
  const outcome = await to.ok('packages.import', { data: pkg.data, fileName: pkg.fileName })
  expect(outcome.status, outcome.reason ?? '').toBe('applied')
  await from.ok('packages.importReceipt', { text: outcome.receipt!.signedText })
  return { pkg, outcome }
}

const persons = async (t: TestCore, units?: string[]) =>
  (await t.ok('persons.list', { ...(units ? { units } : {}), page: 1, pageSize: 100 })).items

const ownCount = async (t: TestCore) =>
  (await t.ok('persons.count', { unit: (await t.ok('system.status', {})).unit!.code })).count

describe('relay: two counties, their city and the province', () => {
  it('both counties report, one is returned and resends, the city relays everything once with its counties’ manifests; an incremental relay carries only what changed', async () => {
    const countyA = await open('330621', '示例县委统战部')
    const countyB = await open('330602', '示例区委统战部')
    const city = await open('330600', '示例市委统战部')
    const province = await open('330000', '示例省委统战部')
    await registerPair(countyA, city)
    await registerPair(countyB, city)
    await registerPair(city, province)

    const shared = validId('1980-05-06', '135')
    await countyA.ok('persons.create', person({ name: '王建国', idNumber: shared }))
    await countyA.ok('persons.create', person({ name: '李四', idNumber: validId('1990-01-01') }))
    await countyB.ok('persons.create', person({ name: '王建国', idNumber: shared }))
    await countyB.ok('persons.create', person({ name: '赵六', idNumber: validId('1991-02-03') }))
    await city.ok('persons.create', person({ name: '市本级人员', idNumber: validId('1970-07-07') }))

    await send(countyA, city, '330600')
    await send(countyB, city, '330600')
    // The city sends 330602's period back; the county adds who was missing and resends.
    const returned = await city.ok('packages.review', {
      unit: '330602',
      period: '2026年度',
      decision: 'returned',
      reason: '缺少新任理事名单',
    })
    await countyB.ok('packages.importReceipt', { text: returned.receipt.signedText })
    await countyB.ok('persons.create', person({ name: '钱七', idNumber: validId('1985-03-04') }))
    await send(countyB, city, '330600', 'incremental')
    await city.ok('packages.review', { unit: '330621', period: '2026年度', decision: 'reviewed' })
    expect((await city.ok('persons.crossUnitDuplicates', {})).total).toBe(1)

    // The relay: the city's own rows and every row of its counties, with their evidence.
    const relay = await send(city, province, '330000')
    const carried = Object.fromEntries(relay.pkg.tables.map((t) => [t.table, t.rows]))
    expect(carried.persons).toBe(6)
    expect(carried.relayed_packages).toBe(3)

    // Every person once, owned by the unit that registered it.
    const seen = await persons(province)
    expect(seen).toHaveLength(6)
    expect(new Set(seen.map((p) => p.id)).size).toBe(6)
    expect(seen.map((p) => `${p.unitCode} ${p.name}`).sort()).toEqual([
      '330600 市本级人员',
      '330602 王建国',
      '330602 赵六',
      '330602 钱七',
      '330621 李四',
      '330621 王建国',
    ])
    const byUnit = (await province.ok('persons.count', { byUnit: true })).byUnit!
    const held = Object.fromEntries(byUnit.map((u) => [u.code, u.count]))
    expect(held['330621']).toBe(await ownCount(countyA))
    expect(held['330602']).toBe(await ownCount(countyB))
    expect(held['330600']).toBe(await ownCount(city))

    // Counties are known through the city; a county record is read-only and names its county.
    expect(
      rows(
        province,
        "SELECT code, relation, (SELECT code FROM units c WHERE c.id = u.via_unit_id) AS via FROM units u WHERE code IN ('330621', '330602') ORDER BY code",
      ),
    ).toEqual([
      { code: '330602', relation: 'relayed', via: '330600' },
      { code: '330621', relation: 'relayed', via: '330600' },
    ])
    const fromB = seen.find((p) => p.name === '钱七')!
    expect(await province.ok('persons.get', { id: fromB.id })).toMatchObject({
      ownedHere: false,
      owner: { code: '330602' },
    })

    // The counties' packages, with the county's signature checked here and the city's decisions.
    expect(
      rows(
        province,
        'SELECT sender_code AS code, kind, status, status_reason AS reason, signature_verified AS verified FROM relayed_packages ORDER BY sender_code, created_at',
      ),
    ).toEqual([
      { code: '330602', kind: 'full', status: 'returned', reason: '缺少新任理事名单', verified: 1 },
      { code: '330602', kind: 'incremental', status: 'received', reason: null, verified: 1 },
      { code: '330621', kind: 'full', status: 'reviewed', reason: null, verified: 1 },
    ])

    // The province's board: the city, and under it the counties it relays, with the city's
    // decisions on their packages and the persons each holds as the counties count them.
    const board = await province.ok('packages.statusBoard', { period: '2026年度' })
    expect(board.units).toEqual([
      { code: '330600', name: '示例市委统战部', persons: 1 },
      { code: '330602', name: '示例区委统战部', parentCode: '330600', persons: 3 },
      { code: '330621', name: '示例县委统战部', parentCode: '330600', persons: 2 },
    ])
    const cell = (code: string) => board.cells.find((c) => c.unitCode === code)!
    // The pair of one ID number in two counties is the relay's warning.
    expect(cell('330600')).toMatchObject({ status: 'receivedWithWarnings', packages: 1 })
    expect(cell('330621')).toMatchObject({ status: 'reviewed', packages: 1 })
    expect(cell('330602')).toMatchObject({ status: 'received', packages: 2 })
    expect(cell('330602').history.map((h) => [h.status, h.reason])).toEqual([
      ['received', null],
      ['returned', '缺少新任理事名单'],
      ['received', null],
    ])
    const detail = await province.ok('packages.detail', {
      packageId: cell('330621').latestPackageId!,
    })
    expect(detail.relay).toEqual({ via: '330600 示例市委统战部', signatureVerified: true })
    expect(detail.summary.tables.find((t) => t.table === 'persons')!.rows).toBe(2)

    // One cross-unit duplicate at the province too, between the two counties.
    const dup = await province.ok('persons.crossUnitDuplicates', {})
    expect(dup.total).toBe(1)
    expect(new Set([dup.pairs[0]!.a.unitCode, dup.pairs[0]!.b.unitCode])).toEqual(
      new Set(['330621', '330602']),
    )

    // An incremental relay carries only what changed since: one new person of 330621.
    await countyA.ok('persons.create', person({ name: '孙八', idNumber: validId('1992-04-05') }))
    await send(countyA, city, '330600', 'incremental')
    const second = await send(city, province, '330000', 'incremental')
    const again = Object.fromEntries(second.pkg.tables.map((t) => [t.table, t.rows]))
    expect(again).toMatchObject({ persons: 1, relayed_packages: 1, activities: 0 })
    expect(second.outcome.counts.persons).toMatchObject({ inserted: 1, updated: 0 })
    expect((await persons(province, ['330621'])).map((p) => p.name).sort()).toEqual([
      '孙八',
      '李四',
      '王建国',
    ])
    expect(count(province, 'SELECT count(*) FROM relayed_packages')).toBe(4)
    // Picking the city at the province means the city and the counties it relays.
    expect(await persons(province, ['330600'])).toHaveLength(7)
  }, 240_000)

  it('the province refuses, writing nothing, a relay of a county that is not below the relaying city', async () => {
    const county = await open('330621', '示例县委统战部')
    const city = await open('330600', '示例市委统战部')
    const other = await open('330700', '另一市委统战部')
    const province = await open('330000', '示例省委统战部')
    await registerPair(county, city)
    await registerPair(other, province)
    await county.ok('persons.create', person({ name: '王建国', idNumber: validId('1980-05-06') }))
    await send(county, city, '330600')
    // The app would never register 330621 below 330700; a doctored copy of 330700's database
    // holds it as if it had, with the county's real card and signed package.
    const copy = (table: string, where: string) => {
      for (const row of rows(city, `SELECT * FROM ${table} WHERE ${where}`)) {
        const cols = Object.keys(row)
        other.core.database.sqlite
          .prepare(
            `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
          )
          .run(...cols.map((c) => row[c]))
      }
    }
    copy('units', "code = '330621'")
    const countyId = count(city, "SELECT id FROM units WHERE code = '330621'") as unknown as string
    copy('unit_keys', `unit_id = '${countyId}'`)
    copy('packages', "direction = 'received'")
    const before = count(province, 'SELECT count(*) FROM change_log')

    const pkg = await exportTo(other, { to: '330000' })
    const refused = await province.ok('packages.import', {
      data: pkg.data,
      fileName: pkg.fileName,
    })
    expect(refused.status).toBe('refused')
    expect(refused.reason).toBe(
      '330621 示例县委统战部 不是 330700 另一市委统战部 的下级单位，不能由其转报，已拒收，未导入任何数据',
    )
    expect(count(province, 'SELECT count(*) FROM change_log')).toBe(before)
    expect(count(province, 'SELECT count(*) FROM packages')).toBe(0)
    expect(count(province, 'SELECT count(*) FROM relayed_packages')).toBe(0)

    // A county manifest altered at the city no longer carries the county's signature.
    await registerPair(city, province)
    city.core.database.sqlite
      .prepare("UPDATE packages SET manifest = replace(manifest, '2026年度', '2025年度')")
      .run()
    const altered = await exportTo(city, { to: '330000' })
    const caught = await province.ok('packages.import', {
      data: altered.data,
      fileName: altered.fileName,
    })
    expect(caught.reason).toBe(
      '330621 示例县委统战部 原始数据包的签名核验不通过，转报的数据可能被篡改，已拒收，未导入任何数据',
    )
    expect(count(province, 'SELECT count(*) FROM change_log')).toBe(before)
  }, 240_000)
})
