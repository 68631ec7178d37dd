import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { textEms } from '../../shared/documents/format'

/** The measure as first written: one regular expression per code point. */
function emsByPattern(text: string): number {
  let ems = 0
  for (const ch of text) ems += /[\u2e80-\uffef]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 1 : 0.55
  return ems
}

describe('textEms', () => {
  it('measures as the per-character pattern did, surrogates and astral characters included', () => {
    const units = fc.oneof(
      fc.constantFrom(
        '张',
        '伟',
        '（',
        'A',
        '1',
        ' ',
        '\n',
        '\u2e7f',
        '\u2e80',
        '\uffef',
        '\ufff0',
      ),
      fc.constantFrom(
        '\ud840\udc00',
        '\ud83d\ude00',
        '\ud8bf\udffd',
        '\ud8bf\udffe',
        '\ud800',
        '\udc00',
      ),
      fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)),
    )
    fc.assert(
      fc.property(fc.array(units, { maxLength: 40 }), (parts) => {
        const text = parts.join('')
        expect(textEms(text)).toBe(emsByPattern(text))
      }),
      { numRuns: 2000 },
    )
  })

  it('counts a CJK character as one em and a Latin letter as about half', () => {
    expect(textEms('张伟')).toBe(2)
    expect(textEms('ab')).toBeCloseTo(1.1)
    expect(textEms('𠀀')).toBe(1)
  })
})
