import { describe, expect, it } from 'vitest'
import { reversed } from '../../shared/persons/searchKeys'

describe('reversed (the suffix-search keys of ID numbers and phones)', () => {
  it('reverses by code point: digits, Chinese, and characters outside the BMP kept whole', () => {
    expect(reversed('330621196207160019')).toBe('910061702691126033')
    expect(reversed('13957095669')).toBe('96659075931')
    expect(reversed('张三𠀀李')).toBe('李𠀀三张')
    expect(reversed('a𠀀b')).toBe('b𠀀a')
  })

  it('keeps a lone surrogate as it is, and answers null for nothing', () => {
    expect(reversed('ab\ud800')).toBe('\ud800ba')
    expect(reversed('\udc00x')).toBe('x\udc00')
    expect(reversed('')).toBeNull()
    expect(reversed(null)).toBeNull()
    expect(reversed(undefined)).toBeNull()
  })

  it('gives each text its own answer, short or long, one after another of the same length', () => {
    const slow = (t: string) => Array.from(t).reverse().join('')
    const texts = [
      '13957095669',
      '13957095660',
      '𠀀'.repeat(40) + 'ab',
      'x'.repeat(64),
      'y'.repeat(65),
    ]
    const answers = texts.map((t) => reversed(t))
    expect(answers).toEqual(texts.map(slow))
    expect(reversed('13957095669')).toBe('96659075931')
  })
})
