import { describe, expect, it } from 'vitest'
import { charsDocument, nameCharsDocument } from '../../shared/persons/searchKeys'

describe('the single-character search documents', () => {
  it('makes one token per character, a barrier between the name and each former name', () => {
    expect(nameCharsDocument('张三', '张叁')).toBe('张 三 00 张 叁')
    expect(nameCharsDocument('张三', '张叁、章三,章叁；张山／张杉|张衫')).toBe(
      '张 三 00 张 叁 00 章 三 00 章 叁 00 张 山 00 张 杉 00 张 衫',
    )
    expect(nameCharsDocument('张三', null)).toBe('张 三')
    expect(nameCharsDocument('张三', '')).toBe('张 三')
  })

  it('drops whitespace of every kind, and texts that are nothing else', () => {
    expect(nameCharsDocument(' 张\u3000三\t', '、 、张叁')).toBe('张 三 00 张 叁')
    expect(nameCharsDocument('', '张叁')).toBe('张 叁')
    expect(charsDocument(['  ', '', '\n'])).toBe('')
  })

  it('keeps a character outside the basic plane whole', () => {
    expect(nameCharsDocument('𠀀三', null)).toBe('𠀀 三')
  })
})
