import { deflateRawSync } from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { SCHEMA_VERSION } from '../../../db/migrations'
import { buildPackage } from '../../../electron/services/packages/export/buildPackage'
import { collectRows } from '../../../electron/services/packages/export/collectRows'
import {
  readZip,
  storedEntry,
  writeZip,
  type ZipInput,
} from '../../../electron/services/packages/zip/packageZip'
import { person, validId } from '../persons-fixtures'
import type { TestCore } from '../../helpers/testCore'
import { count, exportTo, office, offices, type Offices } from './exchange-fixtures'

let o: Offices
const extra: TestCore[] = []
afterEach(() => {
  o?.cleanup()
  for (const t of extra.splice(0)) t.cleanup()
})

/** What an import must leave untouched when it refuses. */
const state = (t: TestCore) => ({
  persons: count(t, 'SELECT count(*) FROM persons'),
  changes: count(t, 'SELECT count(*) FROM change_log'),
  packages: count(t, 'SELECT count(*) FROM packages'),
  receipts: count(t, 'SELECT count(*) FROM receipts'),
})

async function refused(t: TestCore, bytes: Buffer): Promise<string> {
  const before = state(t)
  const r = await t.ok('packages.import', { data: bytes.toString('base64'), fileName: 'x.xlpkg' })
  expect(r.status).toBe('refused')
  expect(state(t)).toEqual(before)
  return r.reason!
}

async function withPersons() {
  o = await offices()
  await o.county.ok('persons.create', person({ name: '张三', idNumber: validId('1985-03-12') }))
  await o.county.ok(
    'persons.create',
    person({ name: '李四', idNumber: validId('1990-01-01', '111') }),
  )
  return o
}

const DAMAGED = '数据包已损坏或被篡改，未导入任何数据；请对方重新生成并发送'

describe('SECURITY.md Untrusted files 5: entry names', () => {
  it.each([
    ['../x', '不允许的文件名“../x”'],
    ['/etc/passwd', '不允许的文件名“/etc/passwd”'],
    ['data/../../x.ndjson', '不允许的文件名'],
    ['C:\\x.ndjson', '不允许的文件名'],
  ])('%s is refused by name', async (name, message) => {
    o = await offices()
    const zip = writeZip([
      storedEntry('manifest.json', Buffer.from('{}')),
      storedEntry(name, Buffer.from('x')),
    ])
    expect(await refused(o.city, zip)).toContain(message)
  })

  it('a duplicate entry name is refused', async () => {
    o = await offices()
    const e = storedEntry('data/persons.ndjson', Buffer.from('{}\n'))
    const zip = writeZip([storedEntry('manifest.json', Buffer.from('{}')), e, e])
    expect(await refused(o.city, zip)).toContain('两个同名的文件“data/persons.ndjson”')
  })
})

describe('SECURITY.md Untrusted files 6: damage, keys, receivers, gaps, versions, bombs', () => {
  it('a flipped byte in the manifest, in each entry, truncated or appended to → 已损坏或被篡改', async () => {
    await withPersons()
    const plain = Buffer.from((await exportTo(o.county, { plain: true })).data, 'base64')
    for (const e of readZip(plain)) {
      const at = e.data.byteOffset - plain.byteOffset + Math.floor(e.data.length / 2)
      const copy = Buffer.from(plain)
      copy[at] = copy[at]! ^ 0x01
      expect(await refused(o.city, copy), e.name).toBe(DAMAGED)
    }
    const sealed = Buffer.from((await exportTo(o.county)).data, 'base64')
    expect(await refused(o.city, sealed.subarray(0, sealed.length - 1))).toBe(DAMAGED)
    expect(await refused(o.city, Buffer.concat([sealed, Buffer.from('x')]))).toBe(DAMAGED)
    expect(await refused(o.city, plain.subarray(0, plain.length - 10))).toBe(DAMAGED)
    expect(await refused(o.city, Buffer.concat([plain, Buffer.from('PK')]))).toBe(DAMAGED)
    const r = await o.city.ok('packages.import', { data: sealed.toString('base64') })
    expect(r.status).toBe('applied')
  })

  it('signed by an unregistered unit, or by a key the city never registered → 来源未登记', async () => {
    await withPersons()
    const other = await office('330602', '另一县委统战部')
    extra.push(other)
    await other.ok('units.register', { card: (await o.city.ok('units.card', {})).signedText })
    const stranger = Buffer.from((await exportTo(other)).data, 'base64')
    expect(await refused(o.city, stranger)).toBe(
      '来源未登记：330602 另一县委统战部。请先在“设置 → 单位”中导入并核验该单位的密钥卡',
    )
    await o.county.ok('units.rotateKeys', {})
    const rotated = Buffer.from((await exportTo(o.county)).data, 'base64')
    expect(await refused(o.city, rotated)).toMatch(/^来源未登记：330621 示例县委统战部 的签名密钥/)
  })

  it('signed by a revoked key → refused with the date', async () => {
    await withPersons()
    const county = (await o.city.ok('units.overview', {})).lower[0]!
    await o.city.ok('units.revokeKey', { keyId: county.activeKey!.id, reason: '电脑丢失' })
    const pkg = Buffer.from((await exportTo(o.county)).data, 'base64')
    expect(await refused(o.city, pkg)).toMatch(/签名密钥已于 \d{4}-\d\d-\d\d 吊销/)
  })

  it('addressed to another unit → 这个数据包是发给 330600 的', async () => {
    await withPersons()
    const otherCity = await office('330700', '另一市委统战部')
    extra.push(otherCity)
    const pkg = Buffer.from((await exportTo(o.county)).data, 'base64')
    expect(await refused(otherCity, pkg)).toBe('这个数据包是发给 330600 的，不是发给本单位的')
  })

  it('a gap in the change-log range → refused, asking for a full package', async () => {
    await withPersons()
    await exportTo(o.county, { kind: 'incremental' })
    await o.county.ok(
      'persons.create',
      person({ name: '王五', idNumber: validId('1979-09-09', '222') }),
    )
    const second = Buffer.from((await exportTo(o.county, { kind: 'incremental' })).data, 'base64')
    expect(await refused(o.city, second)).toMatch(
      /^数据不连续：330621 示例县委统战部 的变更记录第 1–\d+ 条尚未收到.*请对方发送全量数据包$/,
    )
  })

  it('the same package id with other content → refused as tampered', async () => {
    await withPersons()
    const a = Buffer.from((await exportTo(o.county)).data, 'base64')
    await o.city.ok('packages.import', { data: a.toString('base64') })
    o.city.core.database.sqlite.prepare("UPDATE packages SET file_sha256 = 'x'").run()
    expect(await refused(o.city, a)).toContain('可能被篡改')
  })

  it('a package from a newer schema → 请升级到 x.y 或更高版本', async () => {
    await withPersons()
    const sqlite = o.county.core.database.sqlite
    const key = sqlite.prepare("SELECT * FROM own_keys WHERE status = 'active'").get() as {
      fingerprint: string
      sign_private: string
    }
    const self = sqlite
      .prepare('SELECT id, code, name, level FROM units WHERE is_self = 1')
      .get() as {
      id: string
      code: string
      name: string
      level: 'county'
    }
    const tables = collectRows(sqlite, { siteIds: [self.id], from: 0, to: 999, full: true })
    const built = buildPackage({
      packageId: '0190aaaa-0000-7000-8000-000000000001',
      sender: self,
      senderKey: { fingerprint: key.fingerprint, signPrivate: key.sign_private },
      receiver: { code: '330600', name: '示例市委统战部' },
      sealTo: null,
      kind: 'full',
      range: { from: 0, to: 999 },
      previousPackageId: null,
      period: '2026年度',
      tables,
      report: { errors: [], warnings: [], explanation: null },
      schemaVersion: SCHEMA_VERSION + 1,
      appVersion: '9.3.1',
      auditHead: null,
      auditCheckpoint: null,
      createdAt: new Date().toISOString(),
      createdBy: 'admin',
    })
    expect(await refused(o.city, built.bytes)).toBe(
      '这个数据包由更新版本的新联台账生成，请升级到 9.3 或更高版本后再导入',
    )
  })

  it('zip bombs: a high ratio, and an entry that inflates past its declared size', async () => {
    o = await offices()
    const zeros = Buffer.alloc(50 * 1024 * 1024)
    const deflated = deflateRawSync(zeros)
    const bomb: ZipInput = {
      name: 'data/persons.ndjson',
      method: 8,
      data: deflated,
      crc: 0,
      size: zeros.length,
    }
    const ratio = writeZip([storedEntry('manifest.json', Buffer.from('{}')), bomb])
    expect(await refused(o.city, ratio)).toBe(
      '数据包解压后超出大小限制（疑似压缩炸弹），已拒收，未导入任何数据',
    )
    const small = deflateRawSync(Buffer.alloc(200_000))
    const liar: ZipInput = { name: 'manifest.json', method: 8, data: small, crc: 0, size: 100 }
    expect(
      await refused(o.city, writeZip([liar, storedEntry('signature', Buffer.from('x'))])),
    ).toBe('数据包解压后超出大小限制（疑似压缩炸弹），已拒收，未导入任何数据')
    // Under the ratio, a million persons' entry (~1.1 GB) is read; past 2 GiB, refused.
    const province: ZipInput = {
      name: 'data/persons.ndjson',
      method: 8,
      data: Buffer.alloc(12 * 1024 * 1024, 1),
      crc: 0,
      size: 1100 * 1024 * 1024,
    }
    const manifest = storedEntry('manifest.json', Buffer.from('{}'))
    expect(readZip(writeZip([manifest, province])).map((e) => e.size)).toEqual([2, province.size])
    const huge: ZipInput = {
      name: 'data/persons.ndjson',
      method: 8,
      data: Buffer.alloc(25 * 1024 * 1024, 1),
      crc: 0,
      size: 2 * 1024 * 1024 * 1024 + 1,
    }
    expect(
      await refused(o.city, writeZip([storedEntry('manifest.json', Buffer.from('{}')), huge])),
    ).toBe('数据包解压后超出大小限制（疑似压缩炸弹），已拒收，未导入任何数据')
  })
})
