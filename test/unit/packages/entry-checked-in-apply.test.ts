import { inflateRawSync } from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { deflateEntry, readZip } from '../../../electron/services/packages/zip/packageZip'
import { activityDraft, lastAudit } from '../activity-fixtures'
import { person, validId } from '../persons-fixtures'
import type { TestCore } from '../../helpers/testCore'
import { count, exportTo, offices, type Offices } from './exchange-fixtures'
import { resignedWithEntry } from './resigned-package'

let o: Offices
afterEach(() => o?.cleanup())

const DAMAGED = '数据包已损坏或被篡改，未导入任何数据；请对方重新生成并发送'

const state = (t: TestCore) => ({
  persons: count(t, 'SELECT count(*) FROM persons'),
  organizations: count(t, 'SELECT count(*) FROM organizations'),
  memberships: count(t, 'SELECT count(*) FROM memberships'),
  activities: count(t, 'SELECT count(*) FROM activities'),
  search: count(t, 'SELECT count(*) FROM person_fts_tri'),
  changes: count(t, 'SELECT count(*) FROM change_log'),
  packages: count(t, 'SELECT count(*) FROM packages'),
  ranges: count(t, 'SELECT count(*) FROM package_ranges'),
  receipts: count(t, 'SELECT count(*) FROM receipts'),
})

/**
 * The package with one data entry's content changed by a byte, its compressed hash and sizes
 * in the manifest made to match and the manifest signed again with the county's own key: the
 * verify's checks of the zip, the compressed bytes and the signature all pass, and only the
 * content's signed hash — checked as the apply reads the entry — tells.
 */
function resignedWithTamperedContent(
  county: TestCore,
  plain: Buffer,
  entryName: string,
  /** The entry's size as the zip and the manifest declare it: its true size unless given. */
  declaredSize?: (size: number) => number,
): Buffer {
  return resignedWithEntry(county, plain, entryName, (old, listed) => {
    const content = Buffer.from(inflateRawSync(old.data))
    content[content.length >> 1] = content[content.length >> 1]! ^ 0x01
    const deflated = deflateEntry(entryName, content)
    const tampered = { ...deflated, size: declaredSize?.(deflated.size) ?? deflated.size }
    listed.size = tampered.size
    return tampered
  })
}

describe('a data entry whose content does not match its signed hash', () => {
  it('is refused as the apply reads it, first entry or last, and the city is unchanged', async () => {
    o = await offices()
    const { county, city } = o
    const p = await county.ok(
      'persons.create',
      person({ name: '张三', idNumber: validId('1985-03-12') }),
    )
    await county.ok(
      'persons.create',
      person({ name: '李四', idNumber: validId('1990-01-01', '111') }),
    )
    const org = await county.ok('organizations.create', { kind: 'association', name: '新联会' })
    await county.ok('memberships.add', {
      organizationId: org.id,
      personIds: [p.person.id],
      post: '01',
    })
    const act = await county.ok('activities.create', activityDraft())
    await county.ok('participants.add', { activityId: act.id, personIds: [p.person.id] })
    const plain = Buffer.from((await exportTo(county, { plain: true })).data, 'base64')
    const dataEntries = readZip(plain)
      .map((e) => e.name)
      .filter((name) => name.startsWith('data/'))
    // The persons entry is applied first; later entries are read after rows were written.
    expect(dataEntries.length).toBeGreaterThanOrEqual(4)

    const before = state(city)
    for (const name of dataEntries) {
      const tampered = resignedWithTamperedContent(county, plain, name)
      // The verify alone (packages.verify) still checks every entry's content.
      await expect(
        city.ok('packages.verify', { data: tampered.toString('base64') }),
        name,
      ).rejects.toThrow(DAMAGED)
      for (const dryRun of [true, false]) {
        const r = await city.ok('packages.import', {
          data: tampered.toString('base64'),
          fileName: 'x.xlpkg',
          dryRun,
        })
        expect({ name, dryRun, status: r.status, reason: r.reason }).toEqual({
          name,
          dryRun,
          status: 'refused',
          reason: DAMAGED,
        })
        expect(state(city), name).toEqual(before)
        expect(lastAudit(city.core.database.sqlite).detail).toBe(`拒收数据包 x.xlpkg：${DAMAGED}`)
      }
    }

    // Untouched, the same package applies.
    const r = await city.ok('packages.import', { data: plain.toString('base64') })
    expect(r.status).toBe('applied')
    expect(state(city).persons).toBe(2)
    expect(state(city).memberships).toBe(1)
  })

  it('a signed entry that inflates past its declared size is stopped there as a zip bomb, nothing kept', async () => {
    o = await offices()
    const { county, city } = o
    for (let i = 0; i < 3; i++) {
      await county.ok(
        'persons.create',
        person({ name: `张${i}`, idNumber: validId('1985-03-12', `12${i}`) }),
      )
    }
    const plain = Buffer.from((await exportTo(county, { plain: true })).data, 'base64')
    const liar = resignedWithTamperedContent(county, plain, 'data/persons.ndjson', (n) => n - 40)
    const before = state(city)
    const r = await city.ok('packages.import', {
      data: liar.toString('base64'),
      fileName: 'x.xlpkg',
    })
    expect(r).toMatchObject({
      status: 'refused',
      reason: '数据包解压后超出大小限制（疑似压缩炸弹），已拒收，未导入任何数据',
    })
    expect(state(city)).toEqual(before)
  })
})
