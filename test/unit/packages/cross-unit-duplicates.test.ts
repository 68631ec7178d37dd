import { afterEach, describe, expect, it } from 'vitest'
import { callError, person, sessionAs, validId } from '../persons-fixtures'
import { activityDraft } from '../activity-fixtures'
import {
  count,
  office,
  registerPair,
  sendUp,
  type Offices,
  cityWithTwoCounties,
} from './exchange-fixtures'
import type { TestCore } from '../../helpers/testCore'
import { ADMIN_PASSWORD, CLI_RUNS_TIMEOUT, onlyJson, runCli } from '../cli-run'

let o: Offices
let more: TestCore[] = []
afterEach(() => {
  o?.cleanup()
  for (const t of more) t.cleanup()
  more = []
})

describe('跨单位重复人员 at the city', () => {
  it(
    'unit scope of lists, exports and activities; cross-unit pairs listed once and marked, marks travel upward, a viewer sees no number',
    async () => {
      const three = await cityWithTwoCounties()
      o = three
      const { county, city, other } = three
      const shared = validId('1980-05-06', '135')
      const here = await county.ok('persons.create', person({ name: '王建国', idNumber: shared }))
      await county.ok('persons.create', person({ name: '李四', idNumber: validId('1990-01-01') }))
      const there = await other.ok(
        'persons.create',
        person({ name: '王建国', idNumber: shared, employer: '某某科技有限公司' }),
      )
      await county.ok('activities.create', activityDraft({ title: '县里的座谈会' }))
      await other.ok('activities.create', activityDraft({ title: '区里的培训班' }))
      await city.ok('persons.create', person({ name: '市本级人员' }))
      await sendUp(county, city, '330600')
      await sendUp(other, city, '330600')

      // Unit scope: 本单位, one unit below, or all (the default); each row says whose it is.
      const list = (units?: string[]) =>
        city.ok('persons.list', { ...(units ? { units } : {}), page: 1, pageSize: 50 })
      expect((await list()).total).toBe(4)
      expect((await list(['330600'])).items.map((p) => p.name)).toEqual(['市本级人员'])
      const below = await list(['330621'])
      expect(below.items.map((p) => [p.name, p.unitCode, p.unitName])).toEqual([
        ['李四', '330621', '示例县委统战部'],
        ['王建国', '330621', '示例县委统战部'],
      ])
      expect((await list(['330621', '330602'])).total).toBe(3)
      expect((await list(['330699'])).total).toBe(0)
      // A record of a unit below is read-only here and names its unit; the city's own does not.
      const foreign = await city.ok('persons.get', { id: there.person.id })
      expect(foreign).toMatchObject({
        ownedHere: false,
        owner: { code: '330602', name: '示例区委统战部' },
      })
      const own = (await list(['330600'])).items[0]!
      expect((await city.ok('persons.get', { id: own.id })).owner).toBeUndefined()
      const exported = await city.ok('exports.persons', { units: ['330602'], sort: 'name' })
      expect(exported.rows).toBe(1)
      const activities = await city.ok('activities.list', {
        units: ['330602'],
        page: 1,
        pageSize: 20,
      })
      expect(activities.items.map((a) => a.title)).toEqual(['区里的培训班'])
      expect((await city.ok('activities.list', { page: 1, pageSize: 20 })).total).toBe(2)

      const open = await city.ok('persons.crossUnitDuplicates', {})
      expect(open).toMatchObject({ total: 1, open: 1, marked: 0 })
      const [pair] = open.pairs
      expect(pair!.idNumber).not.toContain(shared.slice(4, 14))
      expect([pair!.a.personId, pair!.b.personId].sort()).toEqual(
        [here.person.id, there.person.id].sort(),
      )
      expect(new Set([pair!.a.unitCode, pair!.b.unitCode])).toEqual(new Set(['330621', '330602']))
      expect(pair!.a.ownedHere || pair!.b.ownedHere).toBe(false)
      // The record changed last is the one the county of 330602 wrote after 330621's.
      const last = pair![pair!.lastTouched]
      expect(last.personId).toBe(there.person.id)

      const marked = await city.ok('persons.markCrossUnitPair', {
        personA: there.person.id,
        personB: here.person.id,
        verdict: 'moved',
        note: '2026年6月调往示例区',
      })
      expect(marked.mark).toMatchObject({ verdict: 'moved', unitCode: '330600', ownMark: true })
      expect(await city.ok('persons.crossUnitDuplicates', {})).toMatchObject({
        total: 0,
        marked: 1,
      })
      const done = await city.ok('persons.crossUnitDuplicates', { state: 'marked' })
      expect(done.pairs[0]!.mark!.note).toBe('2026年6月调往示例区')
      const audit = city.core.database.sqlite
        .prepare("SELECT detail FROM audit_log WHERE action = 'persons.markCrossUnitPair'")
        .pluck()
        .get() as string
      expect(audit).toBe('跨单位重复标为迁移：王建国 / 王建国')
      expect(audit).not.toContain(shared)

      // Re-marking changes the one row; taking it back puts the pair back on the open list.
      await city.ok('persons.markCrossUnitPair', {
        personA: here.person.id,
        personB: there.person.id,
        verdict: 'distinct',
      })
      expect(count(city, 'SELECT count(*) FROM cross_unit_marks')).toBe(1)
      await city.ok('persons.markCrossUnitPair', {
        personA: here.person.id,
        personB: there.person.id,
        verdict: null,
      })
      expect(await city.ok('persons.crossUnitDuplicates', {})).toMatchObject({
        total: 1,
        marked: 0,
      })
      await city.ok('persons.markCrossUnitPair', {
        personA: here.person.id,
        personB: there.person.id,
        verdict: 'moved',
      })

      // A pair that is not one cannot be marked.
      const notPair = await callError(city, 'persons.markCrossUnitPair', {
        personA: here.person.id,
        personB: here.person.id,
        verdict: 'moved',
      })
      expect(notPair.code).toBe('BAD_INPUT')

      // A viewer sees the pair, never the number; and may not mark.
      const viewer = await sessionAs(city, 'viewer')
      const seen = await city.ok('persons.crossUnitDuplicates', { state: 'all' }, viewer)
      // Unit codes are six digits; the birth date inside the number must not show.
      expect(JSON.stringify(seen)).not.toContain('19800506')
      expect(seen.pairs[0]!.idNumber).toBe(pair!.idNumber)
      const refused = await callError(
        city,
        'persons.markCrossUnitPair',
        { personA: here.person.id, personB: there.person.id, verdict: 'distinct' },
        viewer,
      )
      expect(refused.code).toBe('FORBIDDEN')

      // The same list from the command line, as the city's staff would print it.
      const args = ['persons', 'duplicates', '--data-dir', city.dir, '--user', 'admin']
      const env = { XINLIAN_PASSWORD: ADMIN_PASSWORD }
      const listed = await runCli([...args, '--across-units', '--state', 'all', '--json'], env)
      expect(listed.code, listed.stderr).toBe(0)
      expect(onlyJson(listed.stdout)).toMatchObject({ total: 1, open: 0, marked: 1 })
      const lines = await runCli([...args, '--across-units', '--state', 'all'], env)
      expect(lines.stdout).toContain('王建国（330621 示例县委统战部）')
      expect(lines.stdout).toContain('迁移（330600 标记）')
      expect(lines.stdout).not.toContain(shared)
      expect((await runCli(args, env)).code).toBe(2)
      const scoped = await runCli(
        [
          'persons',
          'list',
          '--data-dir',
          city.dir,
          '--user',
          'admin',
          '--unit',
          '330602',
          '--json',
        ],
        env,
      )
      expect(onlyJson(scoped.stdout)).toMatchObject({ count: 1, items: [{ unitCode: '330602' }] })

      // The city's verdict goes up with its own rows.
      const province = await office('330000', '示例省委统战部')
      more.push(province)
      await registerPair(city, province)
      await sendUp(city, province, '330000')
      expect(count(province, "SELECT count(*) FROM cross_unit_marks WHERE verdict = 'moved'")).toBe(
        1,
      )
      // Four CLI runs and three offices: near the default 30 s alone, past it on a loaded machine.
    },
    CLI_RUNS_TIMEOUT,
  )
})
