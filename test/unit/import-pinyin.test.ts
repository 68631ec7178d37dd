import { afterEach, describe, expect, it } from 'vitest'
import { namePinyin } from '../../shared/persons/searchKeys'
import type { TestCore } from '../helpers/testCore'
import { importFile, previewFile, sampleBytes, signedInCore } from './import-fixtures'

let t: TestCore | null = null
afterEach(() => {
  t?.cleanup()
  t = null
})

const TOWNSHIP = 'sample-township.xlsx'

/** Every live person's stored pinyin keys beside what the name spells. */
function pinyinKeys(core: TestCore) {
  const rows = core.core.database.sqlite
    .prepare('SELECT name, name_py, name_initials FROM persons WHERE purged_at IS NULL')
    .all() as { name: string; name_py: string; name_initials: string }[]
  return {
    stored: rows.map((r) => [r.name, r.name_py, r.name_initials]),
    spelled: rows.map((r) => [r.name, namePinyin(r.name).full, namePinyin(r.name).initials]),
  }
}

describe("an import's pinyin, worked out by the preview and written by apply", () => {
  it('is the pinyin of each name, and search finds the imported names by it at once', async () => {
    t = await signedInCore()
    const result = await importFile(t, TOWNSHIP, sampleBytes(TOWNSHIP))
    expect(result.counts.created).toBe(40)
    const { stored, spelled } = pinyinKeys(t)
    expect(stored).toHaveLength(40)
    expect(stored).toEqual(spelled)
    const [, full, initials] = stored.find(([name]) => name === '陆琪子')! as string[]
    const found = await t.ok('persons.search', { query: full!, limit: 50 })
    expect(found.map((r) => r.name)).toContain('陆琪子')
    const byInitials = await t.ok('persons.search', { query: initials!, limit: 50 })
    expect(byInitials.map((r) => r.name)).toContain('陆琪子')
  })

  it('is written for the persons the import updates', async () => {
    t = await signedInCore()
    // Registered under another spelling of the name; the file's 陆琪子 has the same ID number.
    await t.ok('persons.create', { name: '陆祺', idNumber: '330629196112061924' })
    const result = await importFile(t, TOWNSHIP, sampleBytes(TOWNSHIP))
    expect(result.counts).toMatchObject({ created: 39, updated: 1 })
    const { stored, spelled } = pinyinKeys(t)
    expect(stored).toEqual(spelled)
    expect(stored.find(([name]) => name === '陆琪子')!.slice(1)).toEqual(['luqizi', 'lqz'])
  })

  it('is the same when apply decides the file again', async () => {
    t = await signedInCore()
    const preview = await previewFile(t, TOWNSHIP, sampleBytes(TOWNSHIP))
    // A write after the preview: apply reads and decides the file again, pinyin and all.
    await t.ok('persons.create', { name: '曾小贤' })
    const result = await t.ok('imports.apply', { token: preview.token, rowLimit: 100_000 })
    expect(result.counts.created).toBe(40)
    const { stored, spelled } = pinyinKeys(t)
    expect(stored).toHaveLength(41)
    expect(stored).toEqual(spelled)
  })
})
