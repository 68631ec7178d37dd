import { describe, expect, it } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '../../renderer/src/app/App'
import type { RelatedUnit, UnitKeyInfo, UnitsOverview } from '../../shared/contract/units'
import { t } from '../../shared/i18n'
import { formatFingerprint } from '../../shared/packages/fingerprint'
import { KEY_CARD_FORMAT } from '../../shared/packages/format'
import { installFakeCore } from './fakeTransport'
import { session, status } from './statusFixtures'

const txt = t.unitsUi
const CITY = { id: 'unit-city', code: '330600', name: '绍兴市委统战部', level: 'city' as const }
const digits = (d: string) => d.repeat(60)

function key(over: Partial<UnitKeyInfo> = {}): UnitKeyInfo {
  return {
    id: 'key-1',
    fingerprint: digits('1'),
    verification: 'verified',
    status: 'active',
    registeredAt: '2026-11-01T00:00:00.000Z',
    verifiedAt: '2026-11-01T00:00:00.000Z',
    revokedAt: null,
    revokeReason: null,
    ...over,
  }
}

function county(code: string, name: string, k: UnitKeyInfo): RelatedUnit {
  return {
    id: `unit-${code}`,
    code,
    name,
    level: 'county',
    relation: 'lower',
    activeKey: k,
    keys: [k],
  }
}

function overview(lower: RelatedUnit[]): UnitsOverview {
  return {
    self: { ...CITY, fingerprint: digits('9'), keyCreatedAt: '2026-10-01T00:00:00.000Z' },
    upper: [],
    lower,
    relayed: [],
  }
}

/** A card file as the core writes one; the dialog reads it without checking the signature. */
function cardFile(code: string, name: string, fingerprint: string): File {
  const body = JSON.stringify({
    format: KEY_CARD_FORMAT,
    formatVersion: 1,
    unit: { unitId: `new-${code}`, code, name, level: 'county' },
    signPublic: 'c2lnbg',
    boxPublic: 'Ym94',
    fingerprint,
    createdAt: '2026-12-01T00:00:00.000Z',
    previousFingerprint: null,
  })
  return new File(
    [JSON.stringify({ body, signature: 'c2ln', previousSignature: null })],
    `${code}.xlkey`,
  )
}

function unitsCore(lower: RelatedUnit[], role: 'admin' | 'viewer' = 'admin') {
  const core = installFakeCore({
    'system.status': () => status({ unit: CITY, session: session({ role }) }),
    'units.overview': () => overview(lower),
  })
  window.location.hash = '#/settings/units'
  return core
}

async function openImport(file: File) {
  const user = userEvent.setup({ applyAccept: false })
  render(<App />)
  const importButton = await screen.findByRole(
    'button',
    { name: new RegExp(txt.actions.importCard) },
    { timeout: 8000 },
  )
  await user.click(importButton)
  const dialog = await screen.findByRole('dialog')
  await user.upload(dialog.querySelector<HTMLInputElement>('input[type=file]')!, file)
  await within(dialog).findByText(txt.importDialog.fingerprintOnCard)
  return { user, dialog }
}

describe('设置 → 上下级单位', () => {
  it('shows this unit’s fingerprint in 12 groups and an unverified county as a warning', async () => {
    unitsCore([
      county('330621', '越城区委统战部', key()),
      county(
        '330624',
        '新昌县委统战部',
        key({ id: 'key-2', fingerprint: digits('2'), verification: 'unverified' }),
      ),
    ])
    render(<App />)
    const [own] = await screen.findAllByTestId('fingerprint', {}, { timeout: 8000 })
    expect(own!.textContent).toBe(formatFingerprint(digits('9')).replace(/ /g, ''))
    expect(own!.querySelectorAll('span')).toHaveLength(12)
    const xinchang = screen.getByText('新昌县委统战部').closest('tr')!
    expect(within(xinchang).getByText(txt.verification.unverified).className).toContain('warning')
    expect(within(xinchang).getByRole('button', { name: txt.actions.verify })).toBeTruthy()
    const yuecheng = screen.getByText('越城区委统战部').closest('tr')!
    expect(within(yuecheng).getByText(txt.verification.verified)).toBeTruthy()
    expect(within(yuecheng).queryByRole('button', { name: txt.actions.verify })).toBeNull()
  })

  it('registers a card 已核验 only once the typed fingerprint matches, or 未核验 when skipped', async () => {
    const core = unitsCore([])
    const fingerprint = digits('3')
    const registered = county('330683', '嵊州市委统战部', key({ fingerprint }))
    core.handle({ 'units.register': () => ({ unit: registered, outcome: 'new' }) })
    const { user, dialog } = await openImport(cardFile('330683', '嵊州市委统战部', fingerprint))
    expect(within(dialog).getByText('330683 嵊州市委统战部')).toBeTruthy()
    const verifyButton = within(dialog).getByRole('button', {
      name: txt.importDialog.verifyAndRegister,
    })
    expect(verifyButton).toHaveProperty('disabled', true)
    const input = within(dialog).getByLabelText(txt.importDialog.typed)
    await user.click(input)
    await user.paste(digits('4'))
    expect(within(dialog).getByText(txt.importDialog.mismatch)).toBeTruthy()
    await user.clear(input)
    await user.paste(formatFingerprint(fingerprint))
    expect(verifyButton).toHaveProperty('disabled', false)
    await user.click(verifyButton)
    expect(core.callsOf('units.register')).toEqual([
      { card: expect.stringContaining('330683'), fingerprint: formatFingerprint(fingerprint) },
    ])

    const again = await openImport(cardFile('330683', '嵊州市委统战部', fingerprint))
    await again.user.click(
      within(again.dialog).getByRole('button', { name: txt.importDialog.skip }),
    )
    expect(core.callsOf('units.register')[1]).toEqual({ card: expect.stringContaining('330683') })
  })

  it('a card replacing a registered key asks for the confirmation and the fingerprint, and cannot be skipped', async () => {
    const core = unitsCore([county('330624', '新昌县委统战部', key())])
    const fingerprint = digits('5')
    core.handle({
      'units.register': () => ({
        unit: county('330624', '新昌县委统战部', key({ id: 'key-9', fingerprint })),
        outcome: 'replaced',
      }),
    })
    const { user, dialog } = await openImport(cardFile('330624', '新昌县委统战部', fingerprint))
    expect(
      within(dialog).getByText(txt.importDialog.replaceTitle('330624', '新昌县委统战部')),
    ).toBeTruthy()
    expect(within(dialog).queryByRole('button', { name: txt.importDialog.skip })).toBeNull()
    const replace = within(dialog).getByRole('button', { name: txt.importDialog.replace })
    await user.click(within(dialog).getByLabelText(txt.importDialog.typed))
    await user.paste(fingerprint)
    expect(replace).toHaveProperty('disabled', true)
    await user.click(
      within(dialog).getByRole('checkbox', { name: txt.importDialog.replaceConfirm }),
    )
    await user.click(replace)
    expect(core.callsOf('units.register')).toEqual([
      { card: expect.stringContaining('330624'), fingerprint, replace: true },
    ])
  })

  it('吊销 names the consequence and needs a reason', async () => {
    const core = unitsCore([county('330624', '新昌县委统战部', key())])
    core.handle({
      'units.revokeKey': () => county('330624', '新昌县委统战部', key({ status: 'revoked' })),
    })
    const user = userEvent.setup()
    render(<App />)
    const row = (await screen.findByText('新昌县委统战部', {}, { timeout: 8000 })).closest('tr')!
    await user.click(within(row).getByRole('button', { name: txt.actions.revoke }))
    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).getByText(txt.revokeDialog.consequence)).toBeTruthy()
    const ok = within(dialog).getByRole('button', { name: txt.revokeDialog.ok })
    expect(ok).toHaveProperty('disabled', true)
    await user.type(within(dialog).getByLabelText(txt.revokeDialog.reason), '电脑被盗')
    await user.click(ok)
    expect(core.callsOf('units.revokeKey')).toEqual([{ keyId: 'key-1', reason: '电脑被盗' }])
  })

  it('a viewer sees the units and may hand out this unit’s card, nothing more', async () => {
    unitsCore([county('330624', '新昌县委统战部', key({ verification: 'unverified' }))], 'viewer')
    render(<App />)
    expect(await screen.findByText(txt.viewOnly, {}, { timeout: 8000 })).toBeTruthy()
    expect(screen.getByRole('button', { name: new RegExp(txt.actions.exportCard) })).toBeTruthy()
    expect(screen.getByRole('button', { name: new RegExp(txt.actions.printForm) })).toBeTruthy()
    for (const action of [
      txt.actions.importCard,
      txt.actions.rotate,
      txt.actions.revoke,
      txt.actions.verify,
    ]) {
      expect(screen.queryByRole('button', { name: new RegExp(action) })).toBeNull()
    }
  })
})
