import { afterEach, describe, expect, it } from 'vitest'
import { exportTo, offices, rows, type Offices } from './exchange-fixtures'
import { person, validId } from '../persons-fixtures'

const opened: Offices[] = []
afterEach(() => {
  for (const o of opened.splice(0)) o.cleanup()
})

/** A county whose one person's stored pinyin keys only a package could carry to the city. */
async function countyWithMarkedPinyin(): Promise<Offices> {
  const o = await offices()
  opened.push(o)
  await o.county.ok('persons.create', person({ name: '单雄信', idNumber: validId('1985-03-12') }))
  o.county.core.database.sqlite.exec("UPDATE persons SET name_py = 'carried', name_initials = 'c'")
  return o
}

const pinyinAtCity = (o: Offices) => rows(o.city, 'SELECT name_py, name_initials FROM persons')

describe('pinyin of names in a package', () => {
  it('is taken from a sender of the same app version', async () => {
    const o = await countyWithMarkedPinyin()
    const pkg = await exportTo(o.county)
    await o.city.ok('packages.import', { data: pkg.data, fileName: pkg.fileName })
    expect(pinyinAtCity(o)).toEqual([{ name_py: 'carried', name_initials: 'c' }])
  })

  it('is worked out again when the sender runs another version', async () => {
    const o = await countyWithMarkedPinyin()
    const pkg = await exportTo(o.county)
    ;(o.city.core.config as { appVersion: string }).appVersion = '99.0.0-test'
    await o.city.ok('packages.import', { data: pkg.data, fileName: pkg.fileName })
    // 单 read as a surname.
    expect(pinyinAtCity(o)).toEqual([{ name_py: 'shanxiongxin', name_initials: 'sxx' }])
  })
})
