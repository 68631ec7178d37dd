import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizeDate } from '../../shared/dates/normalizeDate'

const DAY_MS = 86_400_000
// Excel serial 25569 is 1970-01-01 (the Unix epoch): the usual anchor for converting serials.
const serialOf = (ymd: string) => Date.parse(`${ymd}T00:00:00Z`) / DAY_MS + 25569

describe('normalizeDate', () => {
  it('reads the spellings county rosters use', () => {
    const cases: [unknown, string, string][] = [
      ['1985.03', '1985-03', 'month'],
      ['1985.3', '1985-03', 'month'],
      ['1985.3.12', '1985-03-12', 'day'],
      ['1985-3-12', '1985-03-12', 'day'],
      ['1985/03/12', '1985-03-12', 'day'],
      ['1985/3', '1985-03', 'month'],
      ['1985年3月', '1985-03', 'month'],
      ['1985年03月', '1985-03', 'month'],
      ['1985年3月12日', '1985-03-12', 'day'],
      ['1985年3月12号', '1985-03-12', 'day'],
      ['198503', '1985-03', 'month'],
      ['19850312', '1985-03-12', 'day'],
      ['1985', '1985', 'year'],
      ['1985年', '1985', 'year'],
      ['１９８５．０３', '1985-03', 'month'],
      ['１９８５年３月１２日', '1985-03-12', 'day'],
      [' 1985 - 3 - 12 ', '1985-03-12', 'day'],
      ['1992-09-11T00:00:00.000Z', '1992-09-11', 'day'],
      ['1992-09-11 08:30:00', '1992-09-11', 'day'],
    ]
    for (const [raw, value, precision] of cases) {
      expect(normalizeDate(raw), String(raw)).toEqual({ value, precision })
    }
  })

  it('reads Excel serials in the 1900 date system', () => {
    expect(normalizeDate(25569)).toEqual({ value: '1970-01-01', precision: 'day' })
    expect(normalizeDate(44197)).toEqual({ value: '2021-01-01', precision: 'day' })
    expect(normalizeDate(36526)).toEqual({ value: '2000-01-01', precision: 'day' })
    expect(normalizeDate(44197.75).value).toBe('2021-01-01')
    expect(normalizeDate('31120').value).toBe(normalizeDate(31120).value)
  })

  it('handles the phantom 1900-02-29 around serial 60', () => {
    expect(normalizeDate(1).value).toBe('1900-01-01')
    expect(normalizeDate(59).value).toBe('1900-02-28')
    const phantom = normalizeDate(60)
    expect(phantom.value).toBeNull()
    expect(phantom.warning).toContain('1900-02-29')
    expect(normalizeDate(61).value).toBe('1900-03-01')
    expect(normalizeDate(0).value).toBeNull()
  })

  it('agrees with calendar arithmetic for serials after 60', () => {
    // 1000–9999 are read as years (below); five-digit serials cover 1927-05-18 to 2100.
    const serials = fc.oneof(
      fc.integer({ min: 61, max: 999 }),
      fc.integer({ min: 10000, max: 73050 }),
    )
    fc.assert(
      fc.property(serials, (serial) => {
        const { value } = normalizeDate(serial)
        expect(value).not.toBeNull()
        expect(serialOf(value!)).toBe(serial)
      }),
    )
  })

  it('reads numbers typed into cells without date formatting as what they show', () => {
    expect(normalizeDate(1985)).toEqual({ value: '1985', precision: 'year' })
    expect(normalizeDate(10n)).toEqual(normalizeDate(10))
    expect(normalizeDate(198503)).toEqual({ value: '1985-03', precision: 'month' })
    expect(normalizeDate(19850312)).toEqual({ value: '1985-03-12', precision: 'day' })
    expect(normalizeDate(1985.03)).toEqual({ value: '1985-03', precision: 'month' })
    expect(normalizeDate(1985.12)).toEqual({ value: '1985-12', precision: 'month' })
  })

  it('warns that 1985.1 may have been 1985.10 before Excel dropped the zero', () => {
    for (const raw of [1985.1, 1985.1, '1985.1']) {
      const result = normalizeDate(raw)
      expect(result.value).toBe('1985-01')
      expect(result.warning).toContain('1985.10')
    }
    expect(normalizeDate('1985.01').warning).toBeUndefined()
    expect(normalizeDate('1985-1').warning).toBeUndefined()
  })

  it('reads JS dates, both UTC midnight (spreadsheet readers) and local time (date pickers)', () => {
    expect(normalizeDate(new Date(Date.UTC(1992, 8, 11)))).toEqual({
      value: '1992-09-11',
      precision: 'day',
    })
    expect(normalizeDate(new Date(1992, 8, 11, 12, 0)).value).toBe('1992-09-11')
    expect(normalizeDate(new Date(1992, 8, 11, 23, 59)).value).toBe('1992-09-11')
    expect(normalizeDate(new Date(Number.NaN)).value).toBeNull()
  })

  it('reads each kind of JS date on its own terms east and west of Greenwich', () => {
    const saved = process.env.TZ
    try {
      for (const tz of ['Asia/Shanghai', 'America/New_York']) {
        process.env.TZ = tz
        expect(normalizeDate(new Date(Date.UTC(1992, 8, 11))).value, tz).toBe('1992-09-11')
        expect(normalizeDate(new Date(1992, 8, 11)).value, tz).toBe('1992-09-11')
        expect(normalizeDate(new Date(1992, 8, 11, 23, 30)).value, tz).toBe('1992-09-11')
      }
    } finally {
      if (saved === undefined) delete process.env.TZ
      else process.env.TZ = saved
    }
  })

  it('rejects dates that do not exist, with a Chinese warning', () => {
    for (const raw of [
      '1985-13',
      '1985.13',
      '1985-00',
      '198513',
      '1985-02-30',
      '1985.4.31',
      '19850230',
      '1900-02-29',
      '2023年2月29日',
    ]) {
      const result = normalizeDate(raw)
      expect(result.value, raw).toBeNull()
      expect(result.precision).toBeNull()
      expect(result.warning, raw).toMatch(/月份|不存在/)
    }
    expect(normalizeDate('2000-02-29').value).toBe('2000-02-29')
    expect(normalizeDate('2024-02-29').value).toBe('2024-02-29')
  })

  it('rejects what is not a date, or lies outside 1900–2100', () => {
    for (const raw of [
      'abc',
      '85.03',
      '3/12/1985',
      '1985..3',
      '一九八五年',
      '1899-12-31',
      '2101',
      12345678,
      -5,
      Number.POSITIVE_INFINITY,
      Number.NaN,
      3_000_000,
    ]) {
      const result = normalizeDate(raw)
      expect(result.value, String(raw)).toBeNull()
      expect(result.warning, String(raw)).toBeTruthy()
    }
  })

  it('treats empty input as no date, without a warning', () => {
    for (const raw of [null, undefined, '', '   ', '\u3000'])
      expect(normalizeDate(raw)).toEqual({ value: null, precision: null })
  })

  it('never throws, whatever it is given', () => {
    const hostile = {
      toString: () => {
        throw new Error('no')
      },
    }
    for (const raw of [hostile, Symbol('x'), {}, [], true, () => 1]) {
      const result = normalizeDate(raw)
      expect(result.value).toBeNull()
    }
    fc.assert(
      fc.property(
        fc.anything({ withDate: true, withBigInt: true, withMap: true, withSet: true }),
        (raw) => {
          const result = normalizeDate(raw)
          expect(result.value === null || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(result.value)).toBe(true)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('is idempotent on its own output', () => {
    const dateish = fc.string({
      unit: fc.constantFrom('1', '9', '8', '0', '2', '.', '-', '/', '年', '月', '日', ' ', '３'),
    })
    for (const arb of [
      dateish,
      fc.string({ unit: 'grapheme' }),
      fc.double(),
      fc.integer({ min: -10, max: 30_000_000 }),
      fc.date(),
    ]) {
      fc.assert(
        fc.property(arb, (raw) => {
          const first = normalizeDate(raw)
          if (first.value === null) return
          expect(normalizeDate(first.value)).toEqual({
            value: first.value,
            precision: first.precision,
          })
        }),
        { numRuns: 300 },
      )
    }
  })

  it('gives the same day for a date in every accepted spelling', () => {
    const days = fc.date({
      min: new Date(Date.UTC(1900, 0, 1)),
      max: new Date(Date.UTC(2100, 11, 31)),
      noInvalidDate: true,
    })
    fc.assert(
      fc.property(days, (d) => {
        const iso = d.toISOString().slice(0, 10)
        const [y, m, day] = iso.split('-')
        const spellings = [
          iso,
          `${y}.${+m!}.${+day!}`,
          `${y}/${m}/${day}`,
          `${y}年${+m!}月${+day!}日`,
          `${y}${m}${day}`,
          Number(`${y}${m}${day}`),
          new Date(Date.UTC(+y!, +m! - 1, +day!)),
        ]
        for (const s of spellings)
          expect(normalizeDate(s), String(s)).toEqual({ value: iso, precision: 'day' })
      }),
      { numRuns: 300 },
    )
  })
})
