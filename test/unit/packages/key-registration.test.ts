import { afterEach, describe, expect, it } from 'vitest'
import { SessionSlot } from '../../../electron/core/session'
import {
  buildKeyRegistration,
  KEY_FORM_LABEL_MM,
  KEY_FORM_PT,
} from '../../../shared/documents/keyRegistration'
import { A4_PORTRAIT, contentWidth } from '../../../shared/documents/geometry'
import { textEms } from '../../../shared/documents/format'
import { emsAcross } from '../../../shared/documents/wrapText'
import { maskForViewer } from '../../../shared/privacy/viewerView'
import { makeTestCore, type TestCore } from '../../helpers/testCore'

const LONG_NAME = '某某省某某市某某县委统战部新的社会阶层人士联谊会秘书处'

let t: TestCore
afterEach(() => t?.cleanup())

/** A viewer, past the first-sign-in password change. */
async function viewerSlot(core: TestCore): Promise<SessionSlot> {
  const slot = new SessionSlot()
  const first = 'Viewer-first-1'
  await core.ok('users.create', {
    username: 'viewer',
    displayName: '查看员',
    role: 'viewer',
    password: first,
  })
  await core.ok('auth.login', { username: 'viewer', password: first }, slot)
  await core.ok(
    'auth.changePassword',
    { currentPassword: first, newPassword: 'Viewer-next-2' },
    slot,
  )
  return slot
}

describe('密钥登记表', () => {
  it('a viewer prints the fingerprint whole: 60 digits in 3 rows of 4 groups, and a long name wraps in its cell', async () => {
    t = await makeTestCore()
    await t.ok('units.rename', { name: LONG_NAME })
    const card = await t.ok('units.card', {})
    const seen = await t.ok('units.overview', {}, await viewerSlot(t))
    expect(seen.self.fingerprint).toBe(card.fingerprint)

    const form = buildKeyRegistration(seen.self, '2026-03-05')
    expect(form.fingerprintRows).toHaveLength(3)
    expect(form.fingerprintRows.flat().join('')).toBe(card.fingerprint)
    expect(form.fingerprintRows.every((row) => row.every((g) => /^\d{5}$/.test(g)))).toBe(true)
    const name = form.rows.find((r) => r.label === '单位名称')!
    expect(name.lines.length).toBeGreaterThan(1)
    expect(name.lines.join('')).toBe(LONG_NAME)
    const cap = emsAcross(contentWidth(A4_PORTRAIT) - KEY_FORM_LABEL_MM, KEY_FORM_PT)
    expect(name.lines.every((line) => textEms(line) <= cap)).toBe(true)
    expect(form.rows.find((r) => r.label === '填表日期')!.lines).toEqual(['2026年3月5日'])
    expect(form.qr.path).toMatch(/^M\d+ \d+h1v1h-1z/)
    // Were the model ever handed through the core to a viewer, masking would leave it whole.
    expect(maskForViewer(form)).toEqual(form)
  })
})
