import { describe, expect, it } from 'vitest'
import { birthYearOnly, maskSensitiveText, maskUsername } from '../../shared/privacy/mask'
import { formatFingerprint } from '../../shared/packages/fingerprint'
import { maskForViewer } from '../../shared/privacy/viewerView'
import { validId } from './persons-fixtures'

const ID = validId('1985-03-12')
const masked = `3306**********${ID.slice(-4)}`
const fullWidth = (s: string) =>
  s.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))

describe('masking free text (issue 15 §4)', () => {
  it('masks ID numbers however they are typed', () => {
    expect(maskSensitiveText(`身份证${ID}。`)).toBe(`身份证${masked}。`)
    expect(maskSensitiveText(`证号 ${ID.slice(0, 6)} ${ID.slice(6, 14)} ${ID.slice(14)} 完`)).toBe(
      `证号 ${masked} 完`,
    )
    expect(maskSensitiveText(`（${fullWidth(ID)}）`)).toBe(`（${masked}）`)
    // A wrong check digit still identifies someone.
    const typo = `${ID.slice(0, 17)}${ID[17] === '0' ? '1' : '0'}`
    expect(maskSensitiveText(typo)).not.toContain(typo.slice(6, 14))
    expect(maskSensitiveText('老证 330621850312123')).toBe('老证 3306*******2123')
  })

  it('masks mobiles and landlines with their area code, in the ways people write them', () => {
    for (const typed of ['13812345678', '138 1234 5678', '138-1234-5678', '+86 138 1234 5678'])
      expect(maskSensitiveText(`电话：${typed}`), typed).toBe('电话：138****5678')
    expect(maskSensitiveText('座机 0571-88888888')).toBe('座机 057******8888')
    expect(maskSensitiveText('座机（0571）88888888')).not.toContain('88888888')
  })

  it('leaves dates, amounts, codes, ids and hashes alone', () => {
    for (const text of [
      '2024-05-01 会议，20240501 签到',
      '金额 12345678 元，30 人',
      'id 123e4567-e89b-12d3-a456-426614174000',
      'hash a330621198503121234b',
      '行政区划 330621',
    ])
      expect(maskSensitiveText(text)).toBe(text)
  })

  it('keeps the year of birth and only the first character of a mistyped username', () => {
    expect(birthYearOnly('1985-03-12')).toBe('1985')
    expect(birthYearOnly(null)).toBeNull()
    expect(maskUsername('Secret-Passw0rd')).toBe('S***')
    expect(maskUsername('')).toBe('')
  })

  it('masks a whole answer for a viewer, sparing ids, tokens and file bytes', () => {
    const answer = {
      id: '330621198503121234',
      personIds: ['330621198503121234'],
      data: 'QUJD330621198503121234',
      person: { birthDate: '1985-03-12', remarks: `联系 ${ID}`, tags: ['13812345678'] },
    }
    expect(maskForViewer(answer)).toEqual({
      id: answer.id,
      personIds: answer.personIds,
      data: answer.data,
      person: { birthDate: '1985', remarks: `联系 ${masked}`, tags: ['138****5678'] },
    })
  })
})

describe('key fingerprints', () => {
  it('print whole: they are read out to verify a unit, and hold no personal data', () => {
    const fp = formatFingerprint('0123456789'.repeat(6))
    expect(maskSensitiveText(`指纹：${fp}`)).toBe(`指纹：${fp}`)
    // The same 60 digits run together are not a printed fingerprint: their middle is masked.
    expect(maskSensitiveText('0123456789'.repeat(6))).not.toContain('0123456789'.repeat(6))
  })
})
