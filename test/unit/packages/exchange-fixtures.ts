import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Input } from '../../../shared/contract'
import { ADMIN, makeTestCore, type TestCore } from '../../helpers/testCore'
import { person, validId } from '../persons-fixtures'

/** A county and its city, each a data directory of its own, with their key cards exchanged. */
export interface Offices {
  county: TestCore
  city: TestCore
  cleanup(): void
}

export async function office(code: string, name: string): Promise<TestCore> {
  const t = await makeTestCore({
    dir: mkdtempSync(join(tmpdir(), `xinlian-${code}-`)),
    init: false,
  })
  await t.ok('setup.init', { unit: { code, name }, admin: ADMIN })
  return t
}

/** Exchanges key cards between a unit and the unit above it, both fingerprints typed. */
export async function registerPair(
  below: TestCore,
  above: TestCore,
  opts: { verify?: boolean } = {},
): Promise<void> {
  const belowCard = await below.ok('units.card', {})
  const aboveCard = await above.ok('units.card', {})
  await above.ok('units.register', {
    card: belowCard.signedText,
    ...(opts.verify === false ? {} : { fingerprint: belowCard.fingerprint }),
  })
  await below.ok('units.register', {
    card: aboveCard.signedText,
    fingerprint: aboveCard.fingerprint,
  })
}

export async function offices(opts: { verify?: boolean } = {}): Promise<Offices> {
  const county = await office('330621', '示例县委统战部')
  const city = await office('330600', '示例市委统战部')
  await registerPair(county, city, opts)
  return {
    county,
    city,
    cleanup: () => {
      county.cleanup()
      city.cleanup()
    },
  }
}

export const exportInput = (
  over: Partial<Input<'packages.export'>> = {},
): Input<'packages.export'> => ({
  to: '330600',
  period: '2026年度',
  kind: 'full',
  explanation: '部分人员暂无身份证号',
  ...over,
})

export async function exportTo(t: TestCore, over: Partial<Input<'packages.export'>> = {}) {
  return t.ok('packages.export', exportInput(over))
}

export const rows = (t: TestCore, sql: string, ...args: unknown[]) =>
  t.core.database.sqlite.prepare(sql).all(...args) as Record<string, unknown>[]

export const count = (t: TestCore, sql: string, ...args: unknown[]) =>
  t.core.database.sqlite
    .prepare(sql)
    .pluck()
    .get(...args) as number

/** A package from a unit to the unit above (by its code), applied there. */
export async function sendUp(from: TestCore, to: TestCore, code: string): Promise<void> {
  const pkg = await exportTo(from, { to: code })
  const applied = await to.ok('packages.import', { data: pkg.data, fileName: pkg.fileName })
  if (applied.status !== 'applied') throw new Error(`package not applied: ${applied.status}`)
}

/**
 * A package sent up, applied there and its receipt read back by the sender: the whole round of
 * one report. Returns the package and what the receiver made of it.
 */
export async function sendAndAcknowledge(
  from: TestCore,
  to: TestCore,
  over: Partial<Input<'packages.export'>> & { to: string },
) {
  const pkg = await exportTo(from, over)
  const outcome = await to.ok('packages.import', { data: pkg.data, fileName: pkg.fileName })
  if (outcome.status !== 'applied') throw new Error(`package not applied: ${outcome.reason}`)
  await from.ok('packages.importReceipt', { text: outcome.receipt!.signedText })
  return { pkg, outcome }
}

/** Offices opened one by one in a test, all removed by `cleanup` (for afterEach). */
export function officeRoster() {
  let all: TestCore[] = []
  return {
    async open(code: string, name: string): Promise<TestCore> {
      const t = await office(code, name)
      all.push(t)
      return t
    },
    cleanup() {
      for (const t of all) t.cleanup()
      all = []
    },
  }
}

/** County 330621 below city 330600 below province 330000, cards exchanged up the chain. */
export async function chainOfOffices(open: (code: string, name: string) => Promise<TestCore>) {
  const county = await open('330621', '示例县委统战部')
  const city = await open('330600', '示例市委统战部')
  const province = await open('330000', '示例省委统战部')
  await registerPair(county, city)
  await registerPair(city, province)
  return { county, city, province }
}

/**
 * Counties 330621 and 330602 below city 330600 below province 330000, cards exchanged, and
 * one ID number held by both counties (the cross-unit pair every relay test follows).
 */
export async function fourOffices(open: (code: string, name: string) => Promise<TestCore>) {
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
  return { countyA, countyB, city, province }
}

/** The city of `offices` with a second unit below it registered too (330602 示例区). */
export async function cityWithTwoCounties(): Promise<Offices & { other: TestCore }> {
  const o = await offices()
  const other = await office('330602', '示例区委统战部')
  await registerPair(other, o.city)
  return {
    ...o,
    other,
    cleanup: () => {
      o.cleanup()
      other.cleanup()
    },
  }
}
