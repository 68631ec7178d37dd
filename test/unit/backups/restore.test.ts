import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SessionSlot } from '../../../electron/core/session'
import { receiveBackupPiece } from '../../../electron/services/backup/receivedBackup'
import type { BackupReceipt } from '../../../shared/contract/backups'
import { afterEach, describe, expect, it } from 'vitest'
import { ADMIN, startTestCore, type TestCore } from '../../helpers/testCore'
import { person, validId } from '../persons-fixtures'
import { exportInput, office, offices, type Offices } from '../packages/exchange-fixtures'

const cleanups: (() => void)[] = []
afterEach(() => {
  for (const c of cleanups.splice(0)) c()
})

async function unit(code = '330621', name = '示例县委统战部'): Promise<TestCore> {
  const t = await office(code, name)
  cleanups.push(() => t.cleanup())
  return t
}

const counted = (t: TestCore) =>
  t.core.database.sqlite
    .prepare(
      'SELECT (SELECT count(*) FROM persons WHERE deleted_at IS NULL) AS persons, (SELECT count(*) FROM users) AS users',
    )
    .get() as { persons: number; users: number }

const incremental = { to: '330600', period: '2026年度', kind: 'incremental' as const }

/** The backup file carried (on a stick) into another data directory's backups folder. */
function carry(file: string, to: TestCore): string {
  const name = file.split(/[\\/]/).pop()!
  mkdirSync(to.core.files.backupsDir, { recursive: true })
  copyFileSync(file, `${to.core.files.backupsDir}/${name}`)
  return name
}

async function signIn(t: TestCore) {
  await t.ok('auth.login', { username: ADMIN.username, password: ADMIN.password })
}

describe('backups.restore', () => {
  it('restores a backup taken while writing on another computer: same counts, integrity ok, encrypted bytes', async () => {
    const a = await unit()
    const idNumber = validId('1979-11-02', '457')
    await a.ok('persons.create', person({ name: '欧阳明远', idNumber, phone: '13911112222' }))
    const writes = (async () => {
      for (let i = 0; i < 15; i++)
        await a.ok(
          'persons.create',
          person({ name: `写入${i}`, idNumber: validId('1980-01-01', String(100 + i)) }),
        )
    })()
    const made = await a.ok('backup.create', {})
    await writes

    const bytes = readFileSync(made.path)
    expect(bytes.includes('SQLite format 3')).toBe(false)
    for (const plain of ['欧阳明远', idNumber, '13911112222'])
      expect(bytes.includes(Buffer.from(plain)), plain).toBe(false)

    // Another computer: its own installation (another key), the same unit.
    const b = await unit()
    const listed = (await a.ok('backups.list', {})).find((e) => made.path.endsWith(e.name))!
    expect(listed.manifest?.kind).toBe('manual')
    const inBackup = listed.manifest!.counts.persons
    expect(inBackup).toBeGreaterThanOrEqual(1)
    // The file travels on a stick into b's backups folder.
    carry(made.path, b)
    const pick = { name: listed.name, location: 'local' as const }
    await expect(b.ok('backups.inspect', pick)).rejects.toMatchObject({ code: 'BAD_CREDENTIALS' })
    const seen = await b.ok('backups.inspect', { ...pick, password: ADMIN.password })
    expect(seen.integrity).toBe('ok')
    expect(seen.sameUnit).toBe(true)
    expect(seen.manifest.counts.persons).toBe(inBackup)
    expect(seen.today.counts.persons).toBe(0)

    const outcome = await b.ok('backups.restore', {
      ...pick,
      password: ADMIN.password,
      confirmOtherUnit: false,
    })
    expect(outcome.safetyBackup).toMatch(/beforeRestore\.xlbak$/)
    expect(b.slot.get()).toBeNull()
    await signIn(b)
    expect(counted(b).persons).toBe(inBackup)
    expect(b.core.database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
    const audit = b.core.database.sqlite
      .prepare("SELECT result, detail FROM audit_log WHERE action = 'backups.restore'")
      .all() as { result: string; detail: string }[]
    expect(audit).toEqual([{ result: 'ok', detail: expect.stringContaining(listed.name) }])
    // The restored database opens again at a cold start, with the backup's key file.
    const dir = b.dir
    b.core.close()
    const again = await startTestCore(dir)
    cleanups.unshift(() => again.close())
    expect(again.locked).toBe(true)
    const r = await again.call(new SessionSlot(), 'auth.login', {
      username: ADMIN.username,
      password: ADMIN.password,
    })
    expect(r.ok).toBe(true)
    expect(
      again.database.sqlite
        .prepare('SELECT count(*) FROM persons WHERE deleted_at IS NULL')
        .pluck()
        .get(),
    ).toBe(inBackup)
  })

  it('refuses another unit’s backup unless 在新电脑上恢复本单位 is confirmed', async () => {
    const a = await unit('330621', '示例县委统战部')
    await a.ok('persons.create', person({ name: '李四' }))
    const made = await a.ok('backup.create', {})
    const b = await unit('330622', '另一县委统战部')
    const name = carry(made.path, b)
    const pick = { name, location: 'local' as const, password: ADMIN.password }
    expect((await b.ok('backups.inspect', pick)).sameUnit).toBe(false)
    await expect(
      b.ok('backups.restore', { ...pick, confirmOtherUnit: false }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('在新电脑上恢复本单位'),
    })
    // Nothing changed, and the refusal is on record.
    expect(counted(b).persons).toBe(0)
    const refused = b.core.database.sqlite
      .prepare("SELECT result FROM audit_log WHERE action = 'backups.restore'")
      .all()
    expect(refused).toEqual([{ result: 'failed' }])
    await b.ok('backups.restore', { ...pick, confirmOtherUnit: true })
    await signIn(b)
    expect(counted(b).persons).toBe(1)
  })

  it('restores a file chosen from anywhere (received into the data directory), refusing one that is no backup', async () => {
    const a = await unit('330621', '示例县委统战部')
    await a.ok('persons.create', person({ name: '王小二' }))
    const made = await a.ok('backup.create', {})
    const b = await unit('330622', '另一县委统战部')
    const file = readFileSync(made.path)
    // In pieces, as the page sends a chosen file (its pieces are 8 MB; any size will do).
    const send = async (fileName: string, bytes: Buffer, pieces = 3) => {
      const step = Math.ceil(bytes.length / pieces)
      let last: BackupReceipt | null = null
      for (let offset = 0; offset < bytes.length; offset += step) {
        const data = bytes.subarray(offset, offset + step).toString('base64')
        last = await b.ok('backups.receive', { fileName, size: bytes.length, offset, data })
        expect(last.received).toBe(Math.min(bytes.length, offset + step))
      }
      return last!
    }

    const refuse = (fileName: string, bytes: Buffer, pieces?: number) =>
      expect(send(fileName, bytes, pieces)).rejects.toMatchObject({
        code: 'BAD_INPUT',
        message: expect.stringMatching(/: “.+”不是新联台账的备份文件，或已损坏（校验不通过）。$/),
      })
    await refuse('名单.xlsx', file)
    // Told from its first piece: nothing more of it is taken.
    await refuse('坏的.xlbak', Buffer.concat([Buffer.from('不是备份'), file]))
    // Its header cut short: refused when the last piece has come.
    await refuse('截断.xlbak', file.subarray(0, 40), 1)
    expect(existsSync(join(b.dir, 'received-backup'))).toBe(false)
    // A piece that does not follow the last (a choice broken off) is not glued on.
    const firstPiece = file.subarray(0, 1000).toString('base64')
    await b.ok('backups.receive', {
      fileName: '中断.xlbak',
      size: file.length,
      offset: 0,
      data: firstPiece,
    })
    await expect(
      b.ok('backups.receive', {
        fileName: '中断.xlbak',
        size: file.length,
        offset: 5000,
        data: firstPiece,
      }),
    ).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('没有完整收到') })

    const { entry: received } = await send('U盘/旧电脑.XLBAK', file)
    expect(received).toMatchObject({
      name: '旧电脑.xlbak',
      location: 'received',
      bytes: file.length,
    })
    expect(received!.manifest?.unit?.code).toBe('330621')
    // Only the chosen file is kept: the broken-off one went when this one began.
    expect(readdirSync(join(b.dir, 'received-backup'))).toEqual(['旧电脑.xlbak'])
    // Not among the backups of this installation.
    expect((await b.ok('backups.list', {})).map((e) => e.name)).not.toContain(received!.name)
    const pick = { name: received!.name, location: 'received' as const, password: ADMIN.password }
    expect((await b.ok('backups.inspect', pick)).sameUnit).toBe(false)
    await expect(
      b.ok('backups.restore', { ...pick, confirmOtherUnit: false }),
    ).rejects.toMatchObject({ code: 'CONFLICT' })
    await b.ok('backups.restore', { ...pick, confirmOtherUnit: true })
    expect(existsSync(join(b.dir, 'received-backup'))).toBe(false)
    await signIn(b)
    expect(counted(b).persons).toBe(1)
  })

  it('refuses a chosen file the disk has no room for, before writing any of it', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'xinlian-receive-'))
    try {
      const header = Buffer.from('XLBAK01\n', 'latin1')
      const piece = { fileName: '大.xlbak', size: 900 * 1024 ** 2, offset: 0 }
      const noRoom = () => 500 * 1024 ** 2
      expect(() =>
        receiveBackupPiece(dataDir, { ...piece, data: header.toString('base64') }, noRoom),
      ).toThrow(/磁盘空间不足：复制备份文件到“.+”约需 900(\.0)? MB，只剩 500(\.0)? MB/)
      expect(readdirSync(join(dataDir, 'received-backup'))).toEqual([])
    } finally {
      rmSync(dataDir, { recursive: true, force: true })
    }
  })

  it('tells every shell at once that the database was replaced, and ends the other sessions', async () => {
    const a = await unit()
    await a.ok('persons.create', person({ name: '张三' }))
    const made = await a.ok('backup.create', {})
    const other = new SessionSlot()
    await a.ok('auth.login', { username: ADMIN.username, password: ADMIN.password }, other)
    const heard: string[] = []
    const off = a.core.events.subscribe((event) => heard.push(event))
    cleanups.push(off)
    const name = made.path.split(/[\\/]/).pop()!
    await a.ok('backups.restore', { name, location: 'local', confirmOtherUnit: false })
    expect(heard).toContain('database.replaced')
    // The other window, signed in before the restore, is signed out before it calls again.
    const status = await a.ok('system.status', {}, other)
    expect(status.session).toBeNull()
    await expect(a.ok('persons.list', {}, other)).rejects.toMatchObject({ code: 'NOT_SIGNED_IN' })
    // Signing in again against the restored users works, and stays signed in.
    await a.ok('auth.login', { username: ADMIN.username, password: ADMIN.password }, other)
    expect((await a.ok('system.status', {}, other)).session?.username).toBe(ADMIN.username)
  })

  it('makes the next upward package full after a restore, and incremental ones again after it', async () => {
    const o: Offices = await offices()
    cleanups.push(() => o.cleanup())
    const { county } = o
    await county.ok('persons.create', person({ name: '王五' }))
    const made = await county.ok('backup.create', {})
    await county.ok('packages.export', exportInput({ kind: 'full' }))
    await county.ok('persons.create', person({ name: '赵六', idNumber: validId('1990-02-02') }))
    expect((await county.ok('packages.exportPreview', incremental)).kind).toBe('incremental')

    const name = made.path.split(/[\\/]/).pop()!
    await county.ok('backups.restore', { name, location: 'local', confirmOtherUnit: false })
    await signIn(county)
    const preview = await county.ok('packages.exportPreview', incremental)
    expect(preview.kind).toBe('full')
    const sent = await county.ok('packages.export', exportInput({ kind: 'incremental' }))
    const kind = county.core.database.sqlite
      .prepare('SELECT kind FROM packages WHERE id = ?')
      .pluck()
      .get(sent.packageId)
    expect(kind).toBe('full')
    const next = await county.ok('packages.exportPreview', incremental)
    expect(next.kind).toBe('incremental')
  })
})
