import { afterEach, describe, expect, it } from 'vitest'
import { person, validId } from '../persons-fixtures'
import type { TestCore } from '../../helpers/testCore'
import { ADMIN_PASSWORD, runCli } from '../cli-run'
import { officeRoster, rows, sendAndAcknowledge, chainOfOffices } from './exchange-fixtures'

const roster = officeRoster()
afterEach(roster.cleanup)
const open = roster.open
const send = (from: TestCore, to: TestCore, code: string, explanation?: string) =>
  sendAndAcknowledge(from, to, { to: code, ...(explanation ? { explanation } : {}) })

const EXPLANATION = '两名人员的身份证号尚在核实，下期补报'

describe('relay: the county’s own report reaches the province', () => {
  it('the province shows the county’s warnings and explanation, and its history reads as the city’s', async () => {
    const { county, city, province } = await chainOfOffices(open)
    await county.ok('persons.create', person({ name: '李四', idNumber: validId('1990-01-01') }))
    await county.ok('persons.create', person({ name: '没有证号', idNumber: undefined }))
    await send(county, city, '330600', EXPLANATION)
    await city.ok('packages.review', { unit: '330621', period: '2026年度', decision: 'reviewed' })
    await send(city, province, '330000')

    const atCity = await city.ok('packages.statusBoard', { period: '2026年度' })
    const atProvince = await province.ok('packages.statusBoard', { period: '2026年度' })
    const cellOf = (board: typeof atCity) => board.cells.find((c) => c.unitCode === '330621')!
    const steps = (board: typeof atCity) => cellOf(board).history.map((h) => h.status)
    expect(steps(atCity)).toEqual(['receivedWithWarnings', 'reviewed'])
    expect(steps(atProvince)).toEqual(steps(atCity))

    const cityDetail = await city.ok('packages.detail', {
      packageId: cellOf(atCity).latestPackageId!,
    })
    const detail = await province.ok('packages.detail', {
      packageId: cellOf(atProvince).latestPackageId!,
    })
    expect(detail.summary.report.explanation).toBe(EXPLANATION)
    expect(detail.summary.report.warnings).toEqual(cityDetail.summary.report.warnings)
    expect(detail.warnings).toEqual(cityDetail.warnings)
    expect(detail.warnings.join('\n')).toContain('没有证号')

    // The command line's board at the province names the city each county came through.
    const status = await runCli(
      ['package', 'status', '--data-dir', province.dir, '--user', 'admin', '--period', '2026年度'],
      { XINLIAN_PASSWORD: ADMIN_PASSWORD },
    )
    expect(status.code).toBe(0)
    expect(status.stdout).toMatch(/^330621 示例县委统战部（经 330600 转报） {2}2026年度 {2}已审核/m)
  }, 180_000)

  it('a report the city altered is not shown as the county’s', async () => {
    const { county, city, province } = await chainOfOffices(open)
    await county.ok('persons.create', person({ name: '没有证号', idNumber: undefined }))
    await send(county, city, '330600', EXPLANATION)
    // The city's copy of what the county wrote, edited before the relay.
    city.core.database.sqlite
      .prepare(
        "UPDATE packages SET report = replace(report, '核实', '已核实无误') WHERE direction = 'received'",
      )
      .run()
    await send(city, province, '330000')

    const [kept] = rows(
      province,
      'SELECT report, signature_verified AS verified FROM relayed_packages',
    )
    expect(kept).toEqual({ report: null, verified: 1 })
    const board = await province.ok('packages.statusBoard', { period: '2026年度' })
    const cell = board.cells.find((c) => c.unitCode === '330621')!
    const detail = await province.ok('packages.detail', { packageId: cell.latestPackageId! })
    expect(detail.summary.report.explanation).toBeNull()
    expect(JSON.stringify(detail)).not.toContain('已核实无误')
  }, 120_000)
})
