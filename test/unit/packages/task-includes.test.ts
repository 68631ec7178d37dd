import { afterEach, describe, expect, it } from 'vitest'
import { activityDraft } from '../activity-fixtures'
import { callError, person, validId } from '../persons-fixtures'
import { exportInput, exportTo, offices, type Offices } from './exchange-fixtures'

let o: Offices
afterEach(() => o?.cleanup())

const MISSING = '2026年度的报送任务要求包含活动，本期数据包中还没有'

describe('what a reporting task must include', () => {
  it('a package lacking it is a warning the county explains at export and the city sees at import; a later package that brings it clears it', async () => {
    o = await offices()
    const { county, city } = o
    await city.ok('downward.saveTask', {
      period: '2026年度',
      deadline: '2027-01-15',
      includes: ['persons', 'activities'],
    })
    const down = await city.ok('downward.export', { to: '330621' })
    await county.ok('downward.import', { data: down.data, fileName: 'down.xlpkg', dryRun: false })
    await county.ok('persons.create', person({ name: '王建国', idNumber: validId('1980-05-06') }))

    const preview = await county.ok('packages.exportPreview', {
      to: '330600',
      period: '2026年度',
      kind: 'full',
    })
    expect(preview.report.warnings.map((w) => [w.label, w.message])).toEqual([
      ['报送任务', MISSING],
    ])
    const refused = await callError(
      county,
      'packages.export',
      exportInput({ explanation: undefined }),
    )
    expect(refused.message).toBe('数据包有警告，请写一句说明再生成')

    const pkg = await exportTo(county, { explanation: '活动下月补报' })
    const received = await city.ok('packages.import', { data: pkg.data, fileName: pkg.fileName })
    expect(received.status).toBe('applied')
    expect(received.receipt!.status).toBe('receivedWithWarnings')
    expect(received.warnings).toEqual([`报送任务：${MISSING}`])
    await county.ok('packages.importReceipt', { text: received.receipt!.signedText })

    // Persons came in the first package; the activities now: the period has all it asked for.
    await county.ok('activities.create', activityDraft())
    const next = await exportTo(county, { kind: 'incremental', explanation: undefined })
    const second = await city.ok('packages.import', { data: next.data, fileName: next.fileName })
    expect(second.warnings).toEqual([])
    expect(second.receipt!.status).toBe('received')
  }, 120_000)
})
