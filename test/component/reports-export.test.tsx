import { describe, expect, it } from 'vitest'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App as AntApp } from 'antd'
import type { ExportPreview } from '../../shared/contract/packages'
import type { RelatedUnit } from '../../shared/contract/units'
import type { ReportingTask } from '../../shared/contract/downward'
import { t } from '../../shared/i18n'
import { ExportWizard } from '../../renderer/src/pages/reports/ExportWizard'
import { installFakeCore } from './fakeTransport'

const txt = t.reportsUi.exporter

const city = (verification: 'verified' | 'unverified'): RelatedUnit => ({
  id: 'c1',
  code: '330600',
  name: '绍兴市委统战部',
  level: 'city',
  relation: 'upper',
  activeKey: {
    id: 'k1',
    fingerprint: '1'.repeat(60),
    verification,
    status: 'active',
    registeredAt: '2026-01-02T00:00:00.000Z',
    verifiedAt: null,
    revokedAt: null,
    revokeReason: null,
  },
  keys: [],
})

const preview = (verified: boolean): ExportPreview => ({
  receiver: { code: '330600', name: '绍兴市委统战部', verified, hasKey: true },
  kind: 'incremental',
  range: { from: 0, to: 9 },
  previousPackageId: null,
  tables: [{ table: 'persons', rows: 7, deleted: 1 }],
  report: {
    errors: [],
    warnings: [
      { table: 'persons', id: 'p1', label: '李晓梅', message: '没有身份证号' },
      { table: 'persons', id: 'p2', label: '赵一', message: '没有身份证号' },
      { table: 'persons', id: 'p3', label: '钱二', message: '身份证号校验不通过' },
    ],
  },
})

const openTask: ReportingTask = {
  id: 't1',
  issuer: { code: '330600', name: '绍兴市委统战部' },
  own: false,
  period: '2026年第四季度',
  deadline: '2027-01-10',
  includes: ['persons'],
  note: null,
  state: 'open',
  daysLeft: 35,
}

function setup(verified = true, task: ReportingTask | null = null) {
  const core = installFakeCore({
    'downward.tasks': () => ({
      today: '2026-12-06',
      tasks: task ? [task] : [],
      next: task,
    }),
    'units.overview': () => ({
      self: {
        id: 's',
        code: '330624',
        name: '新昌县委统战部',
        level: 'county',
        fingerprint: '',
        keyCreatedAt: null,
      },
      upper: [city(verified ? 'verified' : 'unverified')],
      lower: [],
      relayed: [],
    }),
    'packages.exportPreview': () => preview(verified),
    'packages.export': () => ({
      packageId: 'pk',
      fileName: '330624_2026年度_增量.xlpkg',
      data: 'AAAA',
      sha256: 'a'.repeat(64),
      bytes: 3,
      encrypted: true,
      tables: [{ table: 'persons', rows: 7, deleted: 1 }],
    }),
  })
  URL.createObjectURL = () => 'blob:x'
  URL.revokeObjectURL = () => {}
  render(
    <AntApp>
      <ExportWizard onList={() => {}} />
    </AntApp>,
  )
  return core
}

describe('生成数据包 wizard', () => {
  it('asks a reason for each kind of warning and sends them with an encrypted package', async () => {
    const user = userEvent.setup()
    const core = setup()
    await user.click(await screen.findByRole('button', { name: txt.next }))
    expect(await screen.findByText(txt.warningsTitle(3))).toBeTruthy()
    await user.click(screen.getByRole('button', { name: txt.next }))
    expect(screen.getAllByText(txt.warningReasonMissing)).toHaveLength(2)
    await user.type(screen.getByLabelText(`${txt.warningReason}：没有身份证号`), '暂未提供')
    await user.click(screen.getByRole('button', { name: txt.next }))
    // One reason is still missing: the wizard stays.
    expect(screen.getAllByText(txt.warningReasonMissing)).toHaveLength(1)
    await user.type(screen.getByLabelText(`${txt.warningReason}：身份证号校验不通过`), '待核实')
    await user.click(screen.getByRole('button', { name: txt.next }))

    expect(await screen.findByText(t.reportsUi.tables.persons!)).toBeTruthy()
    const plain = screen.getByRole('checkbox', { name: txt.plain })
    expect((plain as HTMLInputElement).checked).toBe(false)
    await user.click(screen.getByRole('button', { name: txt.generate }))
    expect(await screen.findByText(txt.done)).toBeTruthy()

    const [sent] = core.callsOf('packages.export')
    expect(sent).toMatchObject({ to: '330600', kind: 'incremental', plain: false })
    expect(sent!.explanation).toBe('没有身份证号（2）：暂未提供\n身份证号校验不通过（1）：待核实')
  })

  it('a plain package only when its box is ticked; an unverified receiver is warned about', async () => {
    const user = userEvent.setup()
    const core = setup(false)
    await user.click(await screen.findByRole('button', { name: txt.next }))
    expect(await screen.findByText(txt.unverified('330600', '绍兴市委统战部'))).toBeTruthy()
    await user.type(screen.getByLabelText(`${txt.warningReason}：没有身份证号`), '暂未提供')
    await user.type(screen.getByLabelText(`${txt.warningReason}：身份证号校验不通过`), '待核实')
    await user.click(screen.getByRole('button', { name: txt.next }))
    await user.click(await screen.findByRole('checkbox', { name: txt.plain }))
    await user.click(screen.getByRole('button', { name: txt.generate }))
    await waitFor(() => expect(core.callsOf('packages.export')).toHaveLength(1))
    expect(core.callsOf('packages.export')[0]!.plain).toBe(true)
  })

  it('offers the period of the task the upper unit sent down, and says whose it is', async () => {
    const user = userEvent.setup()
    const core = setup(true, openTask)
    expect(
      await screen.findByText(t.downwardUi.taskHint('2026年第四季度', '2027-01-10')),
    ).toBeTruthy()
    await user.click(screen.getByRole('button', { name: txt.next }))
    await waitFor(() => expect(core.callsOf('packages.exportPreview')).toHaveLength(1))
    expect(core.callsOf('packages.exportPreview')[0]).toMatchObject({
      to: '330600',
      period: '2026年第四季度',
    })
  })
})
