import { describe, expect, it } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import dayjs from 'dayjs'
import { t } from '../../shared/i18n'
import type { AuditRow, AuditVerifyResult } from '../../shared/contract'
import { App } from '../../renderer/src/app/App'
import { localDaysToInstants } from '../../renderer/src/pages/settings/audit/auditRange'
import { installFakeCore } from './fakeTransport'
import { session, status } from './statusFixtures'

const rows: AuditRow[] = [
  {
    seq: 8,
    at: '2026-11-26T01:15:00.000Z',
    username: 'wangfang',
    action: 'users.create',
    objectType: 'user',
    objectId: 'u-2',
    result: 'ok',
    detail: 'lisi，角色 operator',
  },
  {
    seq: 7,
    at: '2026-11-26T01:10:00.000Z',
    username: 'wangfang',
    action: 'auth.login',
    objectType: 'user',
    objectId: 'user-1',
    result: 'ok',
    detail: null,
  },
]

const intact: AuditVerifyResult = {
  ok: true,
  chainOk: true,
  checked: 8,
  firstBrokenSeq: null,
  brokenSeqs: [],
  brokenCount: 0,
  checkpoints: [],
}

function auditCore(verdict: AuditVerifyResult) {
  const core = installFakeCore({
    'system.status': () => status({ session: session() }),
    'audit.list': ({ page = 1 }) => ({ total: rows.length, items: page === 1 ? rows : [] }),
    'audit.actions': () => ['auth.login', 'users.create'],
    'audit.verify': () => verdict,
  })
  window.location.hash = '#/settings/audit'
  return core
}

describe('审计日志', () => {
  it('lists rows with Chinese action names', async () => {
    auditCore(intact)
    render(<App />)
    const table = (await screen.findByText(t.auditActions['users.create']!)).closest('table')!
    expect(within(table).getByText(t.auditActions['auth.login']!)).toBeTruthy()
    expect(within(table).queryByText('users.create')).toBeNull()
  })

  it('校验完整性 names every broken row', async () => {
    const core = auditCore({
      ok: false,
      chainOk: false,
      checkpoints: [],
      checked: 8,
      firstBrokenSeq: 3,
      brokenSeqs: [3, 7],
      brokenCount: 2,
    })
    const user = userEvent.setup()
    render(<App />)
    await user.click(
      await screen.findByRole('button', { name: new RegExp(t.settings.audit.verify) }),
    )
    expect(await screen.findByText(t.settings.audit.verifyBroken([3, 7], 2))).toBeTruthy()
    expect(screen.queryByText(t.settings.audit.verifyOk(8))).toBeNull()
    expect(core.callsOf('audit.verify')).toHaveLength(1)
  })

  it('校验完整性 says so when the chain holds', async () => {
    auditCore(intact)
    const user = userEvent.setup()
    render(<App />)
    await user.click(
      await screen.findByRole('button', { name: new RegExp(t.settings.audit.verify) }),
    )
    expect(await screen.findByText(t.settings.audit.verifyOk(8))).toBeTruthy()
  })

  it('shows each checkpoint with its source and whether it holds', async () => {
    auditCore({
      ...intact,
      ok: false,
      checkpoints: [
        {
          source: 'database',
          origin: '1',
          status: 'holds',
          seq: 5,
          at: rows[0]!.at,
          reason: 'daily',
        },
        {
          source: 'receipt',
          origin: 'r-1',
          status: 'truncated',
          seq: 9,
          at: rows[0]!.at,
          reason: 'package',
        },
      ],
    })
    const user = userEvent.setup()
    render(<App />)
    await user.click(
      await screen.findByRole('button', { name: new RegExp(t.settings.audit.verify) }),
    )
    expect(await screen.findByText(t.auditCheckpoints.chainButCheckpoints)).toBeTruthy()
    const region = screen.getByRole('region', { name: t.auditCheckpoints.title })
    expect(within(region).getByText(t.auditCheckpoints.statuses.truncated)).toBeTruthy()
    expect(within(region).getByText(t.auditCheckpoints.sources.receipt)).toBeTruthy()
    expect(within(region).getByText(t.auditCheckpoints.statuses.holds)).toBeTruthy()
  })

  it('turns local days into instants: start of the first day to start of the day after the last', () => {
    const range = localDaysToInstants([dayjs('2026-03-08 15:30'), dayjs('2026-03-10 09:00')])
    expect(range).toEqual({
      from: new Date(2026, 2, 8).toISOString(),
      to: new Date(2026, 2, 11).toISOString(),
    })
    expect(localDaysToInstants([null, dayjs('2026-12-31')])).toEqual({
      to: new Date(2027, 0, 1).toISOString(),
    })
    expect(localDaysToInstants(null)).toEqual({})
  })
})
