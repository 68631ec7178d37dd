import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkIdCell } from '../../shared/idcard/checkIdCell'
import { checkIdNumber, idCheckDigit, type IdStatus } from '../../shared/idcard/checkIdNumber'
import { crossCheckIdWithForm } from '../../shared/idcard/crossCheck'
import { normalizeIdNumber } from '../../shared/idcard/normalizeIdNumber'

const TODAY = '2025-06-30'
const check = (raw: string) => checkIdNumber(normalizeIdNumber(raw), { today: TODAY })
const STATUSES: IdStatus[] = [
  'valid',
  'valid15',
  'truncated',
  'bad-check',
  'bad-date',
  'bad-length',
  'bad-chars',
  'empty',
]

// The example printed in GB 11643 and countless explainers. By hand: the first 17 digits times
// 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 sum to 167; 167 mod 11 = 2 → X.
const PUBLISHED = '11010519491231002X'
// Ours, by hand: 3·7+3·9+0+6·5+2·8+4·4+1·2+9·1+8·6+5·3+0+3·9+1·10+2·5+1·8+2·4+3·2 = 253,
// 253 mod 11 = 0 → 1. Sequence 123: the 17th digit 3 is odd, so male.
const OURS = '330624198503121231'

/** A 17-digit body with the given birth date, its check digit appended. */
function withCheck(region: string, birth: string, seq: string): string {
  const body = `${region}${birth}${seq}`
  return body + idCheckDigit(body)
}

describe('idCheckDigit', () => {
  it('gives the check digits computed by hand', () => {
    expect(idCheckDigit(PUBLISHED.slice(0, 17))).toBe('X')
    expect(idCheckDigit(OURS.slice(0, 17))).toBe('1')
    // The standard's own example, 440524188001010014: the sum is 195, 195 mod 11 = 8 → 4.
    expect(idCheckDigit('44052418800101001')).toBe('4')
  })

  it('satisfies the ISO 7064 MOD 11-2 definition for every possible remainder', () => {
    // Independent of the weight and digit tables: with X = 10, the sum of digit × 2^(17-i)
    // over all 18 positions is 1 modulo 11.
    const mod112 = (id: string) =>
      [...id].reduce((sum, ch, i) => (sum + (ch === 'X' ? 10 : Number(ch)) * 2 ** (17 - i)) % 11, 0)
    const seen = new Set<string>()
    fc.assert(
      fc.property(fc.stringMatching(/^\d{17}$/), (body) => {
        const digit = idCheckDigit(body)
        seen.add(digit)
        expect(mod112(body + digit)).toBe(1)
      }),
      { numRuns: 2000 },
    )
    expect(seen.size).toBe(11)
  })

  it('answers empty for anything that is not 17 digits', () => {
    for (const bad of [
      '',
      '1234',
      '1101051949123100',
      '110105194912310021',
      '1101051949123100X',
      '１１０１０５１９４９１２３１００２',
    ])
      expect(idCheckDigit(bad)).toBe('')
  })
})

describe('normalizeIdNumber', () => {
  it('removes every kind of space (id-spaces)', () => {
    expect(normalizeIdNumber(' 110105 19491231 002X ')).toBe(PUBLISHED)
    expect(normalizeIdNumber('\t110105\u300019491231\u00a0002X\r\n')).toBe(PUBLISHED)
    expect(normalizeIdNumber('\ufeff110105\u200b19491231002X')).toBe(PUBLISHED)
  })

  it('upper-cases x (id-lower-x)', () => {
    expect(normalizeIdNumber('11010519491231002x')).toBe(PUBLISHED)
  })

  it('converts full-width digits and Ｘ/ｘ (id-fullwidth)', () => {
    expect(normalizeIdNumber('１１０１０５１９４９１２３１００２Ｘ')).toBe(PUBLISHED)
    expect(normalizeIdNumber('１１０１０５１９４９１２３１００２ｘ')).toBe(PUBLISHED)
    expect(normalizeIdNumber('３３０６２４　１９８５０３１２　１２３１')).toBe(OURS)
  })

  it('keeps what it cannot fix for the check to reject', () => {
    expect(normalizeIdNumber('3.30621e+17')).toBe('3.30621E+17')
    expect(normalizeIdNumber('身份证 110105')).toBe('身份证110105')
    expect(normalizeIdNumber('')).toBe('')
  })

  it('survives non-string values from a spreadsheet reader', () => {
    const asAny = normalizeIdNumber as (raw: unknown) => string
    expect(asAny(null)).toBe('')
    expect(asAny(undefined)).toBe('')
    expect(asAny(110105491231002)).toBe('110105491231002')
  })

  it('is idempotent and never throws on arbitrary text', () => {
    for (const unit of ['grapheme', 'binary'] as const) {
      fc.assert(
        fc.property(fc.string({ unit }), (s) => {
          const once = normalizeIdNumber(s)
          expect(normalizeIdNumber(once)).toBe(once)
          expect(once).not.toMatch(/[\s\u3000\uFF10-\uFF19a-z]/)
        }),
        { numRuns: unit === 'binary' ? 150 : 500 },
      )
    }
  })
})

describe('checkIdNumber', () => {
  it('accepts valid numbers and derives birth date and sex', () => {
    expect(check(PUBLISHED)).toMatchObject({
      status: 'valid',
      ok: true,
      birthDate: '1949-12-31',
      sex: '2',
    })
    expect(check(OURS)).toMatchObject({
      status: 'valid',
      ok: true,
      birthDate: '1985-03-12',
      sex: '1',
    })
    expect(check(OURS).warning).toBeUndefined()
  })

  it('accepts the normalized forms of the repairable faults', () => {
    for (const raw of [
      '11010519491231002x',
      '１１０１０５１９４９１２３１００２ｘ',
      ' 110105 19491231 002X ',
    ]) {
      expect(normalizeIdNumber(raw)).toBe(PUBLISHED)
      expect(check(raw).status).toBe('valid')
    }
  })

  it('never rejects an unknown region code', () => {
    for (const region of ['990000', '100000', '330621', '819999']) {
      const id = withCheck(region, '19850312', '123')
      expect(check(id).status).toBe('valid')
    }
  })

  it('rejects a wrong check digit (id-bad-check)', () => {
    const wrong = OURS.slice(0, 17) + '2'
    const result = check(wrong)
    expect(result).toMatchObject({ status: 'bad-check', ok: false })
    expect(result.message).toBe('身份证号校验位不正确，请核对')
    expect(check(PUBLISHED.slice(0, 17) + '0').status).toBe('bad-check')
  })

  it('rejects short and long numbers, saying how long they are (id-short)', () => {
    expect(check(OURS.slice(0, 16))).toMatchObject({ status: 'bad-length', ok: false })
    expect(check(OURS.slice(0, 16)).message).toContain('16 位')
    expect(check(OURS.slice(0, 17)).status).toBe('bad-length')
    expect(check(OURS + '1').status).toBe('bad-length')
    expect(check('1234').status).toBe('bad-length')
  })

  it('rejects letters other than a final X', () => {
    expect(check('11010519491231002Y').status).toBe('bad-chars')
    expect(check('1101051949123100X2').status).toBe('bad-chars')
    expect(check('11010549123100X').status).toBe('bad-chars')
    expect(check('110105-19491231-002X').status).toBe('bad-chars')
  })

  it('reports an empty value as empty', () => {
    expect(check('')).toMatchObject({ status: 'empty', ok: false })
    expect(check('  \u3000 ')).toMatchObject({ status: 'empty', ok: false })
  })

  describe('the Excel number damage (id-number-lost)', () => {
    it('recognizes scientific notation', () => {
      for (const shown of [
        '3.30621E+17',
        '3.30621198503121E+17',
        '3.30621e+17',
        '３.３０６２１Ｅ＋１７',
        '3.3E17',
      ])
        expect(check(shown)).toMatchObject({ status: 'truncated', ok: false })
    })

    it('recognizes 18 digits ending in 000 whose check digit fails', () => {
      // What Excel keeps of OURS: 15 significant digits, the rest zeros.
      const kept = OURS.slice(0, 15) + '000'
      expect(idCheckDigit(kept.slice(0, 17))).not.toBe('0')
      expect(check(kept)).toMatchObject({ status: 'truncated', ok: false })
    })

    it('recognizes a number printed with thousands separators', () => {
      expect(check('330,624,198,503,121,000').status).toBe('truncated')
    })

    it('explains the cause and never repairs the number', () => {
      const result = check('3.30621E+17')
      expect(result.message).toContain('身份证号')
      expect(result.message).toContain('Excel')
      expect(result.message).toContain('文本')
      expect(result.birthDate).toBeUndefined()
    })

    it('flags a numeric cell even when the zeros happen to pass the check digit', () => {
      const lucky = '330624198503012000'
      expect(check(lucky)).toMatchObject({ status: 'valid', ok: true })
      expect(check(lucky).warning).toContain('000')
      expect(checkIdCell(Number(lucky)).check.status).toBe('truncated')
      expect(checkIdCell(lucky).check.status).toBe('valid')
      expect(checkIdCell(Number(OURS)).check.status).toBe('truncated')
    })
  })

  it('checks the birth date: real, from 1900, not in the future', () => {
    expect(check(withCheck('330624', '19850230', '123')).status).toBe('bad-date')
    expect(check(withCheck('330624', '19851301', '123')).status).toBe('bad-date')
    expect(check(withCheck('330624', '19000229', '123')).status).toBe('bad-date')
    expect(check(withCheck('330624', '20000229', '123')).status).toBe('valid')
    expect(check(withCheck('330624', '18991231', '123')).status).toBe('bad-date')
    expect(check(withCheck('330624', '19000101', '123')).status).toBe('valid')
    expect(check(withCheck('330624', '20250630', '123')).status).toBe('valid')
    expect(check(withCheck('330624', '20250701', '123'))).toMatchObject({
      status: 'bad-date',
      ok: false,
    })
    expect(
      checkIdNumber(withCheck('330624', '20250701', '123'), { today: '2025-07-01' }).status,
    ).toBe('valid')
    // The standard's own 1880 example has a right check digit but is out of our range.
    expect(check('440524188001010014').status).toBe('bad-date')
  })

  it('accepts a 15-digit old number with a warning', () => {
    const result = check('110105491231002')
    expect(result).toMatchObject({ status: 'valid15', ok: true, birthDate: '1949-12-31', sex: '2' })
    expect(result.warning).toContain('15 位')
    expect(check('110105491231003').sex).toBe('1')
    expect(check('110105490231002').status).toBe('bad-date')
    expect(checkIdCell(110105491231002).check.status).toBe('valid15')
  })

  it('names the field and never quotes the number in its messages', () => {
    const samples = [
      PUBLISHED,
      OURS.slice(0, 17) + '2',
      OURS.slice(0, 16),
      '3.30621E+17',
      '110105491231002',
      'abc',
      '',
      withCheck('330624', '19850230', '123'),
    ]
    for (const s of samples) {
      const result = check(s)
      expect(result.message).toContain('身份证号')
      if (s.length > 4) expect(result.message).not.toContain(s.slice(0, 6))
    }
  })

  it('never throws, and ok means valid or valid15', () => {
    const idish = fc.string({
      unit: fc.constantFrom(
        '0',
        '1',
        '3',
        '9',
        'X',
        'x',
        '.',
        'E',
        '+',
        ' ',
        ',',
        '１',
        'Ｘ',
        '\u3000',
      ),
    })
    for (const arb of [fc.string({ unit: 'binary' }), idish]) {
      fc.assert(
        fc.property(arb, (s) => {
          for (const input of [s, normalizeIdNumber(s)]) {
            const result = checkIdNumber(input)
            expect(STATUSES).toContain(result.status)
            expect(result.ok).toBe(result.status === 'valid' || result.status === 'valid15')
            expect(result.message).toContain('身份证号')
          }
        }),
        { numRuns: arb === idish ? 500 : 150 },
      )
    }
  })

  const birthDates = fc
    .date({
      min: new Date(Date.UTC(1900, 0, 1)),
      max: new Date(Date.UTC(2025, 5, 30)),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10))
  const generatedId = fc
    .record({
      region: fc.stringMatching(/^[1-9]\d{5}$/),
      birth: birthDates,
      seq: fc.stringMatching(/^\d{3}$/),
    })
    .map(({ region, birth, seq }) => ({
      id: withCheck(region, birth.replace(/-/g, ''), seq),
      birth,
    }))

  it('accepts every generated valid number and derives its date and sex', () => {
    fc.assert(
      fc.property(generatedId, ({ id, birth }) => {
        const result = check(id)
        expect(result.status).toBe('valid')
        expect(result.birthDate).toBe(birth)
        expect(result.sex).toBe(Number(id[16]) % 2 === 1 ? '1' : '2')
      }),
      { numRuns: 1000 },
    )
  })

  it('rejects a generated number with any single character changed', () => {
    fc.assert(
      fc.property(generatedId, fc.nat(17), fc.constantFrom(...'0123456789X'), ({ id }, at, ch) => {
        fc.pre(id[at] !== ch && (ch !== 'X' || at === 17))
        const changed = id.slice(0, at) + ch + id.slice(at + 1)
        expect(check(changed).ok).toBe(false)
      }),
      { numRuns: 1000 },
    )
  })

  it('still accepts a generated number typed with full width, spaces and lower-case x', () => {
    const toFull = (s: string) =>
      s.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
    fc.assert(
      fc.property(
        generatedId,
        fc.nat(18),
        fc.constantFrom(' ', '\u3000', '\u00a0', '\t'),
        fc.boolean(),
        ({ id }, at, space, full) => {
          let typed = (id.slice(0, at) + space + id.slice(at)).replace('X', 'x')
          if (full) typed = toFull(typed)
          expect(normalizeIdNumber(typed)).toBe(id)
          expect(check(typed).status).toBe('valid')
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('crossCheckIdWithForm', () => {
  const valid = check(OURS)

  it('is silent when the form agrees, at any precision', () => {
    expect(crossCheckIdWithForm(valid, { birthDate: '1985-03-12', sex: '1' })).toEqual([])
    expect(crossCheckIdWithForm(valid, { birthDate: '1985-03', sex: '男' })).toEqual([])
    expect(crossCheckIdWithForm(valid, { birthDate: '1985.03' })).toEqual([])
    expect(crossCheckIdWithForm(valid, {})).toEqual([])
    expect(crossCheckIdWithForm(valid, { birthDate: null, sex: null })).toEqual([])
  })

  it('points out a different birth date', () => {
    const hints = crossCheckIdWithForm(valid, { birthDate: '1985-04' })
    expect(hints).toHaveLength(1)
    expect(hints[0]).toContain('出生日期')
    expect(hints[0]).toContain('1985-04')
    expect(hints[0]).toContain('1985-03')
    expect(crossCheckIdWithForm(valid, { birthDate: '1985-03-13' })).toHaveLength(1)
  })

  it('points out a different sex, but not an unknown one', () => {
    const hints = crossCheckIdWithForm(valid, { sex: '2' })
    expect(hints).toHaveLength(1)
    expect(hints[0]).toContain('性别')
    expect(hints[0]).toContain('男')
    expect(crossCheckIdWithForm(check(PUBLISHED), { sex: '男' })[0]).toContain('女')
    expect(crossCheckIdWithForm(valid, { sex: '9' })).toEqual([])
    expect(crossCheckIdWithForm(valid, { sex: '0' })).toEqual([])
  })

  it('reports both disagreements together, and nothing for an invalid number', () => {
    expect(crossCheckIdWithForm(valid, { birthDate: '1990-01-01', sex: '2' })).toHaveLength(2)
    expect(
      crossCheckIdWithForm(check('3.30621E+17'), { birthDate: '1990-01-01', sex: '2' }),
    ).toEqual([])
  })

  it('works for 15-digit numbers', () => {
    expect(
      crossCheckIdWithForm(check('110105491231002'), { birthDate: '1949-12', sex: '1' }),
    ).toHaveLength(1)
  })
})
