import ExcelJS from 'exceljs'
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  addUser,
  ADMIN_PASSWORD,
  initializedDir,
  onlyJson,
  removeTempDirs,
  runCli,
  tempDir,
  CLI_RUNS_TIMEOUT,
} from './cli-run'
import { SAMPLES_DIR, sheetNameOf, truth } from './import-fixtures'
import { openDataDirDatabase } from '../helpers/dataDirDatabase'

afterAll(removeTempDirs)

const MESSY = join(SAMPLES_DIR, 'sample-county-messy.xlsx')
const messyTruth = truth().files.find((f) => f.file === 'sample-county-messy.xlsx')!
const env = { XINLIAN_PASSWORD: ADMIN_PASSWORD }

function persons(dir: string): number {
  const db = openDataDirDatabase(dir, { readonly: true })
  try {
    return db
      .prepare('SELECT count(*) FROM persons WHERE purged_at IS NULL')
      .pluck()
      .get() as number
  } finally {
    db.close()
  }
}

let dir: string
beforeAll(async () => {
  dir = await initializedDir()
})

// Several xinlian processes per test, each running scrypt twice (key slot, password).
describe('xinlian persons import', { timeout: CLI_RUNS_TIMEOUT }, () => {
  it("--dry-run prints the issue's JSON document and writes nothing", async () => {
    const r = await runCli(
      ['persons', 'import', MESSY, '--data-dir', dir, '--user', 'admin', '--dry-run', '--json'],
      env,
    )
    expect(r.code).toBe(0)
    const doc = onlyJson(r.stdout)
    expect(Object.keys(doc)).toEqual([
      'file',
      'created',
      'updated',
      'unchanged',
      'duplicates',
      'rejected',
      'warnings',
      'rows',
    ])
    expect(doc).toMatchObject({
      file: MESSY,
      created: 198,
      updated: 0,
      unchanged: 0,
      duplicates: 8,
      rejected: 12,
    })
    expect(persons(dir)).toBe(0)
  })

  it('imports, listing every row that is not a plain create with its sheet, Excel row number and reason', async () => {
    const r = await runCli(
      ['persons', 'import', MESSY, '--data-dir', dir, '--user', 'admin', '--json'],
      env,
    )
    expect(r.code).toBe(0)
    const doc = onlyJson(r.stdout) as {
      rows: { sheet: string; row: number; status: string; field: string | null; reason: string }[]
    }
    expect(persons(dir)).toBe(198)
    for (const row of doc.rows)
      expect(Object.keys(row)).toEqual(['sheet', 'row', 'status', 'field', 'reason'])
    const listed = new Map(doc.rows.map((x) => [`${x.sheet}#${x.row}`, x]))
    for (const sheet of messyTruth.sheets) {
      for (const t of sheet.rows) {
        const got = listed.get(`${sheetNameOf(messyTruth, sheet.name)}#${t.row}`)
        if (t.expect === 'reject') {
          expect(got, `${sheet.name} ${t.row}`).toMatchObject({
            status: 'rejected',
            field: t.fault === 'name-blank' ? '姓名' : '身份证号',
          })
          expect(got!.reason).toMatch(/本行未导入/)
        } else if (t.expect === 'duplicate') {
          expect(got?.status).toBe('duplicate')
        } else if (got) {
          // Listed creates carry a warning (phone left empty, sex taken from the ID number).
          expect(got.status).toBe('created')
          expect(got.reason).toBeTruthy()
        }
      }
    }
    // Nothing personal in the report: no ID number, no phone number.
    expect(r.stdout).not.toMatch(/\d{17}[\dX]|1[3-9]\d{9}/)
  })

  it("a second import creates nothing; imports list shows both; rollback removes the first batch's persons", async () => {
    const again = onlyJson(
      (
        await runCli(
          ['persons', 'import', MESSY, '--data-dir', dir, '--user', 'admin', '--json'],
          env,
        )
      ).stdout,
    )
    expect(again).toMatchObject({ created: 0, unchanged: 198 })
    const list = onlyJson(
      (await runCli(['imports', 'list', '--data-dir', dir, '--user', 'admin', '--json'], env))
        .stdout,
    ) as {
      total: number
      items: { id: string; counts: { created: number }; status: string }[]
    }
    expect(list.total).toBe(2)
    const first = list.items.find((b) => b.counts.created === 198)!
    const rolled = await runCli(
      ['imports', 'rollback', first.id, '--data-dir', dir, '--user', 'admin', '--json'],
      env,
    )
    expect(rolled.code).toBe(0)
    expect(onlyJson(rolled.stdout)).toMatchObject({
      ok: true,
      batchId: first.id,
      removed: 198,
      restored: 0,
    })
    expect(persons(dir)).toBe(0)
  })

  it('exits non-zero when nothing can be read, with the reason in Chinese', async () => {
    const xls = join(tempDir(), '名单.xls')
    writeFileSync(
      xls,
      Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(512),
      ]),
    )
    const r = await runCli(
      ['persons', 'import', xls, '--data-dir', dir, '--user', 'admin', '--json'],
      env,
    )
    expect(r.code).toBe(1)
    expect(onlyJson(r.stdout)).toMatchObject({ ok: false, error: { code: 'UNREADABLE' } })
    expect(r.stderr).toContain('另存为')
    const missing = await runCli(
      ['persons', 'import', join(tempDir(), 'nope.xlsx'), '--data-dir', dir, '--user', 'admin'],
      env,
    )
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('找不到文件')
  })

  it('--sheet reads one sheet; --errors saves the rejected rows; a viewer may not import', async () => {
    const errors = join(tempDir(), '错误.xlsx')
    const r = await runCli(
      [
        'persons',
        'import',
        MESSY,
        '--sheet',
        '南山街道',
        '--errors',
        errors,
        '--dry-run',
        '--json',
        '--data-dir',
        dir,
        '--user',
        'admin',
      ],
      env,
    )
    expect(r.code).toBe(0)
    const doc = onlyJson(r.stdout) as { created: number; rows: { sheet: string }[] }
    expect(new Set(doc.rows.map((x) => x.sheet))).toEqual(new Set(['南山街道']))
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(errors)
    expect(wb.worksheets.map((w) => w.name)).toEqual(['南山街道'])

    await addUser(dir, 'viewer', 'viewer', 'Viewer-pass-2')
    const denied = await runCli(
      ['persons', 'import', MESSY, '--data-dir', dir, '--user', 'viewer', '--json'],
      {
        XINLIAN_PASSWORD: 'Viewer-pass-2',
      },
    )
    expect(denied.code).toBe(1)
    expect(onlyJson(denied.stdout)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})

describe('xinlian persons export', () => {
  // Several xinlian processes, each unwrapping the key slot and checking the password (two
  // deliberately slow scrypt runs): more than the default 30 s on a busy machine.
  it(
    'writes the list, masked unless --unmasked, and never over an existing file',
    async () => {
      await runCli(
        [
          'persons',
          'import',
          join(SAMPLES_DIR, 'sample-township.xlsx'),
          '--data-dir',
          dir,
          '--user',
          'admin',
        ],
        env,
      )
      const out = join(tempDir(), '名单.xlsx')
      const r = await runCli(
        ['persons', 'export', out, '--data-dir', dir, '--user', 'admin', '--json'],
        env,
      )
      expect(r.code).toBe(0)
      expect(onlyJson(r.stdout)).toMatchObject({ ok: true, rows: 40, masked: true })
      const wb = new ExcelJS.Workbook()
      await wb.xlsx.readFile(out)
      expect(String(wb.worksheets[0]!.getCell('F4').value)).toMatch(/^\d{4}\*{10}[\dX]{4}$/)

      const full = join(tempDir(), '完整.xlsx')
      const u = await runCli(
        ['persons', 'export', full, '--unmasked', '--data-dir', dir, '--user', 'admin', '--json'],
        env,
      )
      expect(onlyJson(u.stdout)).toMatchObject({ rows: 40, masked: false })
      const again = await runCli(
        ['persons', 'export', full, '--data-dir', dir, '--user', 'admin'],
        env,
      )
      expect(again.code).toBe(1)
      expect(again.stderr).toContain('已存在')
      expect(existsSync(full)).toBe(true)
    },
    CLI_RUNS_TIMEOUT,
  )
})
