import { createHash } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { SCHEMA_VERSION } from '../../../db/migrations'
import { releaseBytes } from '../../../electron/services/releaseBytes'
import { senderDirectory } from '../../../electron/services/packages/units/directory'
import { allOwnKeys } from '../../../electron/services/packages/units/ownKeys'
import { verifyPackage } from '../../../electron/services/packages/verifyPackage'
import { PackageEntries } from '../../../electron/services/packages/zip/packageEntries'
import { readZip, storedEntry, writeZip } from '../../../electron/services/packages/zip/packageZip'
import { person, validId } from '../persons-fixtures'
import { exportTo, offices, type Offices } from './exchange-fixtures'

let o: Offices
afterEach(() => o?.cleanup())

describe('releaseBytes', () => {
  it('gives a buffer of its own back at once; views of it read as empty', () => {
    const big = Buffer.alloc(1 << 20, 7)
    const view = big.subarray(10, 20)
    releaseBytes(big)
    expect([big.length, view.length]).toEqual([0, 0])
  })

  it("leaves Node's pool alone: small buffers share it", () => {
    const small = Buffer.from('小')
    const neighbour = Buffer.from('邻居')
    releaseBytes(small)
    expect([small.toString(), neighbour.toString()]).toEqual(['小', '邻居'])
  })
})

describe('a package file given up to the verify', () => {
  it('is opened where it lies and checked as a copy would be; its memory goes back once every entry is read', async () => {
    o = await offices()
    const { county, city } = o
    // Past the size of Node's pool, which releaseBytes leaves alone.
    for (let i = 0; i < 60; i++) {
      await county.ok(
        'persons.create',
        person({
          name: `张${i}`,
          idNumber: validId('1985-03-12', String(100 + i)),
          remarks: '备注'.repeat(40 + i),
        }),
      )
    }
    const exported = await exportTo(county)
    expect(exported.bytes).toBeGreaterThan(Buffer.poolSize)
    const ctx = {
      self: { ...(await city.ok('system.status', {})).unit! },
      ownKeys: await allOwnKeys(city.core.database.db),
      findSender: await senderDirectory(city.core.database.db),
      schemaVersion: SCHEMA_VERSION,
      content: 'defer' as const,
    }
    const copied = verifyPackage(Buffer.from(exported.data, 'base64'), ctx)
    const file = Buffer.from(exported.data, 'base64')
    const given = verifyPackage(file, { ...ctx, fileGiven: true })
    expect(given.sha256).toBe(copied.sha256)
    expect(given.bytes).toBe(copied.bytes)
    expect(given.manifestText).toBe(copied.manifestText)
    for (const table of copied.data.tables()) {
      expect(given.data.get(table)!.equals(copied.data.get(table)!)).toBe(true)
    }
    // Kept for a reader: not given back yet.
    given.data.release()
    expect(file.buffer.byteLength).toBeGreaterThan(0)
    for (const table of given.data.tables()) given.data.take(table)
    given.data.release()
    expect(file.buffer.byteLength).toBe(0)
  })
})

describe('PackageEntries.release', () => {
  it('keeps a zip whose stored entry was handed out: what was read is a view of it', async () => {
    const content = Buffer.from(`${'{"id":"a"}\n'.repeat(2000)}`)
    const zip = writeZip([storedEntry('data/units.ndjson', content)])
    const entries = new PackageEntries(zip)
    const [entry] = readZip(zip)
    entries.add('units', entry!, createHash('sha256').update(content).digest('hex'))
    const read: Buffer[] = []
    for await (const piece of entries.stream('units')) read.push(piece)
    entries.release()
    expect(Buffer.concat(read).equals(content)).toBe(true)
    expect(zip.buffer.byteLength).toBeGreaterThan(0)
  })
})
