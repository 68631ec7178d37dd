import { beforeAll, afterAll, describe, expect, it } from 'vitest'
import { makeTestCore, type TestCore } from '../helpers/testCore'
import { person, validId } from './persons-fixtures'

let t: TestCore
const ids = new Map<string, string>()

const PEOPLE: [name: string, extra: Record<string, string | null>][] = [
  ['张三', { phone: '13812345678', employer: '华达机械有限公司' }],
  ['张三丰', { phone: '13900005678', employer: '武当文化传媒有限公司' }],
  ['李张伟', { phone: '13700001111', employer: null }],
  ['张伟', { phone: '13600002222', employer: '城关律师事务所' }],
  ['曾小贤', { phone: '13500003333', employer: null }],
  ['单田芳', { phone: '13400004444', employer: null }],
  ['解缙', { phone: '13300005555', employer: null }],
  ['王𠀀明', { phone: '13200006666', employer: null, formerNames: '王小明' }],
  ['刘䶮', { phone: '13100007777', employer: null }],
  ['赵六', { phone: '0571-88886666', employer: null }],
]

beforeAll(async () => {
  t = await makeTestCore()
  let seq = 101
  for (const [name, extra] of PEOPLE) {
    const idNumber = name === '赵六' ? '11010519491231002X' : validId('1980-01-01', String(seq++))
    const { person: p } = await t.ok('persons.create', person({ name, idNumber, ...extra }))
    ids.set(name, p.id)
  }
})
afterAll(() => t?.cleanup())

async function names(query: string): Promise<string[]> {
  return (await t.ok('persons.search', { query, limit: 50 })).map((r) => r.name)
}

describe('search', () => {
  it('finds names from one character, any part of the name', async () => {
    expect(await names('张')).toEqual(expect.arrayContaining(['张三', '张三丰', '张伟', '李张伟']))
    expect(await names('伟')).toEqual(expect.arrayContaining(['张伟', '李张伟']))
    expect(await names('伟')).not.toContain('张三')
  })

  it('ranks the exact name first, then names starting with the text, then the rest', async () => {
    expect(await names('张三')).toEqual(['张三', '张三丰'])
    const zhang = await names('张伟')
    expect(zhang).toEqual(['张伟', '李张伟'])
    expect((await names('张')).at(-1)).toBe('李张伟')
  })

  it('finds three or more characters anywhere in names, former names and employers', async () => {
    expect(await names('张三丰')).toEqual(['张三丰'])
    expect(await names('三丰')).toEqual(['张三丰'])
    expect(await names('律师事务')).toEqual(['张伟'])
    expect(await names('王小明')).toEqual(['王𠀀明'])
    expect(await names('机械有限')).toEqual(['张三'])
  })

  it('finds pinyin initials and full or partial spelling', async () => {
    expect(await names('zs')).toEqual(expect.arrayContaining(['张三']))
    expect((await names('zs'))[0]).toBe('张三')
    expect(await names('ZSF')).toEqual(['张三丰'])
    expect(await names('zhangsan')).toEqual(['张三', '张三丰'])
    expect(await names('zhangs')).toEqual(['张三', '张三丰'])
    expect(await names('zhang san')).toEqual(['张三', '张三丰'])
    expect(await names('zw')).toEqual(['张伟'])
  })

  it('reads polyphonic surnames as surnames', async () => {
    expect(await names('zeng')).toEqual(['曾小贤'])
    expect(await names('zxx')).toEqual(['曾小贤'])
    expect(await names('shantianfang')).toEqual(['单田芳'])
    expect(await names('stf')).toEqual(['单田芳'])
    expect(await names('xiejin')).toEqual(['解缙'])
    expect(await names('ceng')).toEqual([])
  })

  it('finds rare characters, inside and outside the BMP', async () => {
    expect(await names('𠀀')).toEqual(['王𠀀明'])
    expect(await names('𠀀明')).toEqual(['王𠀀明'])
    expect(await names('王𠀀明')).toEqual(['王𠀀明'])
    expect(await names('䶮')).toEqual(['刘䶮'])
    expect(await names('刘䶮')).toEqual(['刘䶮'])
    expect(await names('liuyan')).toEqual(['刘䶮'])
  })

  it('finds phone and ID-number tails, and whole numbers', async () => {
    expect((await names('5678')).sort()).toEqual(['张三', '张三丰'])
    expect(await names('13812345678')).toEqual(['张三'])
    expect(await names('8886666')).toEqual(['赵六'])
    expect(await names('002x')).toEqual(['赵六'])
    expect(await names('11010519491231002X')).toEqual(['赵六'])
    const tail = validId('1980-01-01', '103').slice(-6)
    expect(await names(tail)).toEqual(['李张伟'])
    // Fewer than four digits is too little of a tail to mean anything.
    expect(await names('678')).toEqual([])
  })

  it('treats quotes and operators as text', async () => {
    for (const q of ['"', 'AND', '张" OR "李', '*', 'NEAR(张 三)', '(', '-']) {
      await expect(t.ok('persons.search', { query: q })).resolves.toBeDefined()
    }
  })
})

describe('the search index stays right', () => {
  it('after update, delete, restore and purge', async () => {
    const id = ids.get('张三丰')!
    await t.ok('persons.update', { id, name: '周芷若', employer: '峨眉文化公司' })
    expect(await names('三丰')).toEqual([])
    expect(await names('zsf')).toEqual([])
    expect(await names('武当文化')).toEqual([])
    expect(await names('芷若')).toEqual(['周芷若'])
    expect(await names('zzr')).toEqual(['周芷若'])
    expect(await names('峨眉文化')).toEqual(['周芷若'])

    await t.ok('persons.delete', { id })
    for (const q of ['周芷若', '芷', 'zzr', '峨眉文化', '5678'])
      expect(await names(q)).not.toContain('周芷若')
    expect((await t.ok('persons.list', { query: '周' })).total).toBe(0)

    await t.ok('persons.restore', { id })
    for (const q of ['周芷若', '芷', 'zzr', '峨眉文化', '5678'])
      expect(await names(q)).toContain('周芷若')

    await t.ok('persons.delete', { id })
    await t.ok('persons.purge', { id })
    for (const q of ['周芷若', '芷', 'zzr', '峨眉文化', '5678'])
      expect(await names(q)).not.toContain('周芷若')
    const rid = t.core.database.sqlite
      .prepare('SELECT rid FROM persons WHERE id = ?')
      .pluck()
      .get(id)
    const fts = (table: string) =>
      t.core.database.sqlite
        .prepare(`SELECT count(*) FROM ${table} WHERE rowid = ?`)
        .pluck()
        .get(rid)
    expect(fts('person_fts_tri')).toBe(0)
    expect(fts('person_fts_chars')).toBe(0)
  })
})

describe('former names', () => {
  it('are searched apart from the name, each on its own', async () => {
    const { person: p } = await t.ok(
      'persons.create',
      person({ name: '孙悟空', idNumber: null, phone: null, formerNames: '齐天大圣、美猴王' }),
    )
    expect(await names('美猴')).toEqual(['孙悟空'])
    expect(await names('齐天大圣')).toEqual(['孙悟空'])
    // Neither across the name and a former name, nor across two former names.
    expect(await names('空齐')).toEqual([])
    expect(await names('圣美')).toEqual([])
    await t.ok('persons.delete', { id: p.id })
  })
})
