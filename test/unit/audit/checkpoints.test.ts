import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { CheckpointCheck } from '../../../shared/audit/checkpoint'
import { createCore } from '../../../electron/core/core'
import { SessionSlot } from '../../../electron/core/session'
import { readEnvelopeHeader } from '../../../electron/services/packages/crypto/envelope'
import { inflateEntry, readZip } from '../../../electron/services/packages/zip/packageZip'
import { ADMIN, makeTestCore, TEST_SCRYPT, type TestCore } from '../../helpers/testCore'
import { exportTo, offices, type Offices } from '../packages/exchange-fixtures'
import { person, validId } from '../persons-fixtures'
import { resignDatabaseCheckpoints, rewriteChain } from './checkpoint-attacks'

let t: TestCore | undefined
let o: Offices | undefined
const dirs: string[] = []
afterEach(() => {
  t?.cleanup()
  o?.cleanup()
  t = o = undefined
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

const bySource = (checks: CheckpointCheck[], source: CheckpointCheck['source']) =>
  checks.filter((c) => c.source === source)

async function busyDay(core: TestCore, n: number) {
  for (let i = 0; i < n; i++)
    await core.ok(
      'persons.create',
      person({ name: `人员${i}`, idNumber: validId('1985-03-12', String(100 + i + n * 7)) }),
    )
}

/** Deletes the rows between two seqs (exclusive), as the repro does. */
function deleteMiddle(core: TestCore, after: number, before: number) {
  rewriteChain(core.core.database.sqlite, () => ({
    keep: (row) => row.seq <= after || row.seq >= before,
  }))
}

const checkpointSeqs = (core: TestCore) =>
  core.core.database.sqlite
    .prepare('SELECT seq FROM audit_checkpoints ORDER BY n')
    .pluck()
    .all() as number[]

describe('signed audit checkpoints', () => {
  it('the first start of a local day signs one daily checkpoint; later starts that day do not', async () => {
    t = await makeTestCore()
    const daily = () =>
      t!.core.database.sqlite
        .prepare("SELECT count(*) FROM audit_checkpoints WHERE reason = 'daily'")
        .pluck()
        .get()
    // Opened before setup: no unit to sign for yet.
    expect(daily()).toBe(0)
    for (let i = 0; i < 2; i++) {
      const again = await createCore(
        { dataDir: t.dir, appVersion: 'test', shell: 'test', scrypt: TEST_SCRYPT },
        { mounts: [] },
      )
      // An encrypted directory opens (and signs its day) at the first sign-in.
      await again.call(new SessionSlot(), 'auth.login', {
        username: ADMIN.username,
        password: ADMIN.password,
      })
      again.close()
    }
    expect(daily()).toBe(1)
  })

  it('a rewritten middle passes the chain check but not the database checkpoint after it', async () => {
    t = await makeTestCore()
    await busyDay(t, 4)
    await t.ok('backup.create', {})
    const [checkpointSeq] = checkpointSeqs(t)
    await busyDay(t, 2)

    deleteMiddle(t, 1, checkpointSeq! - 1)
    const r = await t.ok('audit.verify', {})
    expect(r.chainOk).toBe(true)
    expect(r.ok).toBe(false)
    expect(bySource(r.checkpoints, 'database')).toEqual([
      expect.objectContaining({ status: 'rewritten', seq: checkpointSeq, reason: 'backup' }),
    ])
    // The backup in the app's folder keeps its own copy of the checkpoint.
    expect(bySource(r.checkpoints, 'backup')).toEqual([
      expect.objectContaining({ status: 'rewritten', seq: checkpointSeq }),
    ])
  })

  it('an attacker who also re-signs the database checkpoints is caught by a package and a backup kept elsewhere', async () => {
    o = await offices()
    const { county } = o
    await busyDay(county, 3)
    const pkg = await exportTo(county, { plain: true })
    await county.ok('backup.create', {})
    const outside = mkdtempSync(join(tmpdir(), 'xinlian-outside-'))
    dirs.push(outside)
    const backupName = readdirSync(county.core.files.backupsDir)[0]!
    copyFileSync(join(county.core.files.backupsDir, backupName), join(outside, backupName))
    rmSync(county.core.files.backupsDir, { recursive: true })
    await busyDay(county, 2)

    deleteMiddle(county, 2, 5)
    resignDatabaseCheckpoints(county.core.database.sqlite)
    // What DB-internal checkpoints cannot prove: the key that signs them is in the same file.
    const inside = await county.ok('audit.verify', {})
    expect(inside.ok).toBe(true)

    const againstPackage = await county.ok('audit.verify', {
      against: { fileName: pkg.fileName, data: pkg.data },
    })
    expect(againstPackage.ok).toBe(false)
    expect(bySource(againstPackage.checkpoints, 'package')).toEqual([
      expect.objectContaining({ status: 'rewritten', origin: pkg.fileName, reason: 'package' }),
    ])
    const againstBackup = await county.ok('audit.verify', {
      against: {
        fileName: backupName,
        data: readFileSync(join(outside, backupName)).toString('base64'),
      },
    })
    expect(bySource(againstBackup.checkpoints, 'backup')).toEqual([
      expect.objectContaining({ status: 'rewritten', reason: 'backup' }),
    ])
  })

  it('a cut tail is caught by the checkpoint the upper unit echoed in its receipt', async () => {
    o = await offices()
    const { county, city } = o
    await busyDay(county, 2)
    const pkg = await exportTo(county)
    const imported = await city.ok('packages.import', { data: pkg.data, fileName: pkg.fileName })
    const receiptText = imported.receipt!.signedText
    await county.ok('packages.importReceipt', { text: receiptText })
    const echoed = JSON.parse(JSON.parse(receiptText).body).senderCheckpoint
    const cutFrom = JSON.parse(echoed.body).seq - 1

    const sqlite = county.core.database.sqlite
    rewriteChain(sqlite, () => ({ keep: (row) => row.seq < cutFrom }))
    sqlite.exec('DELETE FROM audit_checkpoints')

    const r = await county.ok('audit.verify', {})
    expect(r.chainOk).toBe(true)
    expect(bySource(r.checkpoints, 'receipt')).toEqual([
      expect.objectContaining({ status: 'truncated', reason: 'package' }),
    ])
    // The city's copy of the receipt says the same, even once the stored one is deleted.
    sqlite.exec('DELETE FROM receipts')
    const withFile = await county.ok('audit.verify', {
      against: { fileName: 'x.xlrct', data: Buffer.from(receiptText).toString('base64') },
    })
    expect(withFile.ok).toBe(false)
    // Rows written since (the verify calls) come after the cut: the row is now missing.
    expect(bySource(withFile.checkpoints, 'receipt')).toEqual([
      expect.objectContaining({ status: 'missing', origin: 'x.xlrct' }),
    ])
  })

  it('a sealed package carries the checkpoint in clear; a plain one in its signed manifest', async () => {
    o = await offices()
    const sealed = await exportTo(o.county)
    const { header } = readEnvelopeHeader(Buffer.from(sealed.data, 'base64'))
    expect(JSON.parse(header.checkpoint!.body)).toMatchObject({
      reason: 'package',
      unitCode: '330621',
    })
    const plain = await exportTo(o.county, { plain: true })
    const manifest = readZip(Buffer.from(plain.data, 'base64')).find(
      (e) => e.name === 'manifest.json',
    )!
    const m = JSON.parse(inflateEntry(manifest).toString('utf8'))
    expect(JSON.parse(m.auditCheckpoint.body).hash).toBe(m.auditHead)
  })

  it('a forged checkpoint file is reported as forged; one signed by another unit as foreign', async () => {
    o = await offices()
    const { county, city } = o
    const file = await county.ok('audit.checkpoint', {})
    expect(file.fileName).toMatch(/^330621_审计检查点_\d{8}_\d+\.xlckp$/)
    const signed = JSON.parse(file.text)
    const asFile = (s: unknown) => ({
      fileName: file.fileName,
      data: Buffer.from(JSON.stringify(s)).toString('base64'),
    })

    const genuine = await county.ok('audit.verify', { against: asFile(signed) })
    expect(bySource(genuine.checkpoints, 'file')).toEqual([
      expect.objectContaining({ status: 'holds', reason: 'export' }),
    ])

    const body = JSON.parse(signed.body)
    const forged = { ...signed, body: JSON.stringify({ ...body, seq: body.seq - 1 }) }
    const r = await county.ok('audit.verify', { against: asFile(forged) })
    expect(r.ok).toBe(false)
    expect(bySource(r.checkpoints, 'file')).toEqual([expect.objectContaining({ status: 'forged' })])

    const citys = JSON.parse((await city.ok('audit.checkpoint', {})).text)
    const foreign = await county.ok('audit.verify', { against: asFile(citys) })
    expect(bySource(foreign.checkpoints, 'file')).toEqual([
      expect.objectContaining({ status: 'foreignKey' }),
    ])

    const junk = await county.ok('audit.verify', {
      against: { fileName: 'notes.txt', data: Buffer.from('hello').toString('base64') },
    })
    expect(bySource(junk.checkpoints, 'file')).toEqual([
      expect.objectContaining({ status: 'unreadable' }),
    ])
  })
})
