import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkPhone } from '../../shared/phone/checkPhone'
import { normalizePhone } from '../../shared/phone/normalizePhone'

const mobiles = fc.stringMatching(/^1[3-9]\d{9}$/)

describe('normalizePhone', () => {
  it('strips spaces, dashes, dots and brackets from mobiles (phone-spaced)', () => {
    for (const typed of [
      '177 8455 3813',
      '177-8455-3813',
      '177.8455.3813',
      '(177)84553813',
      '177\u300084553813',
      ' 17784553813\u00a0',
    ])
      expect(normalizePhone(typed)).toBe('17784553813')
  })

  it('converts full-width digits', () => {
    expect(normalizePhone('１７７８４５５３８１３')).toBe('17784553813')
    expect(normalizePhone('１７７　８４５５　３８１３')).toBe('17784553813')
  })

  it('strips +86, 0086 and 86 in front of a mobile', () => {
    for (const typed of [
      '+8617784553813',
      '+86 177 8455 3813',
      '(+86)177-8455-3813',
      '008617784553813',
      '8617784553813',
      '+86-17784553813',
    ])
      expect(normalizePhone(typed)).toBe('17784553813')
  })

  it('writes a landline with its area code as 0571-88888888', () => {
    const cases: [string, string][] = [
      ['0571-88888888', '0571-88888888'],
      ['057188888888', '0571-88888888'],
      ['0571 88888888', '0571-88888888'],
      ['(0571)88888888', '0571-88888888'],
      ['（０５７１）８８８８８８８８', '0571-88888888'],
      ['0571-8888-8888', '0571-88888888'],
      ['+86 571 88888888', '0571-88888888'],
      ['010-12345678', '010-12345678'],
      ['01012345678', '010-12345678'],
      ['(021) 6666 8888', '021-66668888'],
      ['0575-8765432', '0575-8765432'],
      ['0571-88888888转123', '0571-88888888-123'],
      ['0571-88888888 ext. 9', '0571-88888888-9'],
    ]
    for (const [typed, stored] of cases) expect(normalizePhone(typed), typed).toBe(stored)
  })

  it('keeps a local number without area code as digits', () => {
    expect(normalizePhone('8888 8888')).toBe('88888888')
  })

  it('leaves what it cannot read for checkPhone to reject', () => {
    expect(normalizePhone(' 138095028 ')).toBe('138095028')
    expect(normalizePhone('无')).toBe('无')
    expect(normalizePhone('138 0000 0000 / 139 0000 0000')).toBe('138 0000 0000 / 139 0000 0000')
    expect(normalizePhone('')).toBe('')
  })

  it('is idempotent and never throws on arbitrary text', () => {
    const phoneish = fc.string({
      unit: fc.constantFrom(
        '0',
        '1',
        '5',
        '7',
        '8',
        '+',
        '-',
        '.',
        '(',
        ')',
        ' ',
        '转',
        'x',
        '\u3000',
        '１',
      ),
    })
    for (const arb of [fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), phoneish]) {
      fc.assert(
        fc.property(arb, (s) => {
          const once = normalizePhone(s)
          expect(normalizePhone(once)).toBe(once)
        }),
        { numRuns: arb === phoneish ? 500 : 200 },
      )
    }
  })

  it('brings any mobile, however decorated, back to its 11 digits', () => {
    const decorate = fc.tuple(
      mobiles,
      fc.constantFrom('', '+86', '+86 ', '0086', '86', '(+86)'),
      fc.constantFrom('', ' ', '-', '.', '\u3000'),
      fc.boolean(),
    )
    fc.assert(
      fc.property(decorate, ([mobile, prefix, sep, full]) => {
        let typed = `${prefix}${mobile.slice(0, 3)}${sep}${mobile.slice(3, 7)}${sep}${mobile.slice(7)}`
        if (full)
          typed = typed.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
        expect(normalizePhone(typed)).toBe(mobile)
      }),
      { numRuns: 300 },
    )
  })
})

describe('checkPhone', () => {
  it('accepts mobiles 13x–19x', () => {
    fc.assert(
      fc.property(mobiles, (m) => {
        expect(checkPhone(m)).toMatchObject({ status: 'mobile', ok: true })
      }),
    )
    expect(checkPhone(normalizePhone('177 8455 3813')).status).toBe('mobile')
  })

  it('accepts landlines with an area code, and hints at a missing one', () => {
    expect(checkPhone('0571-88888888')).toMatchObject({ status: 'landline', ok: true })
    expect(checkPhone('010-12345678-123')).toMatchObject({ status: 'landline', ok: true })
    const local = checkPhone('88888888')
    expect(local).toMatchObject({ status: 'landline', ok: true })
    expect(local.message).toContain('区号')
  })

  it('rejects short, long and malformed numbers with a reason (phone-bad)', () => {
    const short = checkPhone(normalizePhone('138095028'))
    expect(short).toMatchObject({ status: 'invalid', ok: false })
    expect(short.message).toContain('11 位')
    expect(short.message).toContain('9 位')
    expect(checkPhone('138123456789').message).toContain('12 位')
    expect(checkPhone('12345678901')).toMatchObject({ status: 'invalid', ok: false })
    expect(checkPhone('12345678901').message).toContain('第二位')
    for (const bad of [
      'abc',
      '无',
      '0571-123',
      '2345',
      '0000-88888888',
      '138 0000 0000 / 139 0000 0000',
    ])
      expect(checkPhone(normalizePhone(bad)), bad).toMatchObject({ status: 'invalid', ok: false })
  })

  it('reports an empty value as empty', () => {
    expect(checkPhone('')).toMatchObject({ status: 'empty', ok: false })
    expect(checkPhone(normalizePhone('  '))).toMatchObject({ status: 'empty', ok: false })
  })

  it('never throws and never quotes the number', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const result = checkPhone(normalizePhone(s))
        expect(result.ok).toBe(result.status === 'mobile' || result.status === 'landline')
      }),
      { numRuns: 500 },
    )
    fc.assert(
      fc.property(mobiles, (m) => {
        expect(checkPhone(m.slice(0, 9)).message).not.toContain(m.slice(0, 9))
      }),
    )
  })
})
