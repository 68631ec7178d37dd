import ExcelJS from 'exceljs'
import fc from 'fast-check'
import { unzipSync, strFromU8 } from 'fflate'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { writeOfficeWorkbook } from '../../electron/services/excel/officeSheet'
import { SessionSlot } from '../../electron/core/session'
import { PERSON_EXPORT_COLUMNS } from '../../shared/contract/exports'
import { idCheckDigit } from '../../shared/idcard/idCheckDigit'
import type { PersonDetail } from '../../shared/persons/types'
import { makeTestCore, type TestCore } from '../helpers/testCore'
import { previewFile, signedInCore } from './import-fixtures'

let cores: TestCore[] = []
afterEach(() => {
  for (const c of cores) c.cleanup()
  cores = []
})

async function core(): Promise<TestCore> {
  const t = await signedInCore()
  cores.push(t)
  return t
}

function validId(first17: string): string {
  return first17 + idCheckDigit(first17)
}

async function exportBook(
  t: TestCore,
  input: Parameters<TestCore['ok']>[1] = {},
  slot?: SessionSlot,
) {
  const r = await t.ok('exports.persons', input as never, slot)
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(r.data!, 'base64') as unknown as ArrayBuffer)
  return { result: r, sheet: wb.worksheets[0]!, bytes: Buffer.from(r.data!, 'base64') }
}

async function viewer(t: TestCore): Promise<SessionSlot> {
  await t.ok('users.create', {
    username: 'viewer',
    displayName: '查看',
    role: 'viewer',
    password: 'Viewer-pass-1',
  })
  const slot = new SessionSlot()
  await t.ok('auth.login', { username: 'viewer', password: 'Viewer-pass-1' }, slot)
  await t.ok(
    'auth.changePassword',
    { currentPassword: 'Viewer-pass-1', newPassword: 'Viewer-pass-2' },
    slot,
  )
  return slot
}

describe('person list export', () => {
  it('looks like the sheets offices send: title, unit and date line, bold bordered header, frozen, 序号', async () => {
    const t = await core()
    await t.ok('persons.create', {
      name: '张三',
      idNumber: validId('33062119850312123'),
      phone: '13812345678',
      ethnicity: '汉族',
    })
    await t.ok('persons.create', { name: '李四', employer: '示例科技有限公司' })
    const { result, sheet } = await exportBook(t)
    expect(result).toMatchObject({ rows: 2, masked: true, path: null })
    expect(result.fileName).toMatch(/^人员名单-\d{8}-\d{6}\.xlsx$/)

    expect(sheet.model.merges).toEqual(expect.arrayContaining(['A1:N1', 'A2:N2']))
    expect(sheet.getCell('A1').value).toBe('示例县委统战部新的社会阶层人士名单')
    expect(sheet.getCell('A1').font.bold).toBe(true)
    expect(String(sheet.getCell('A2').value)).toMatch(
      /填报单位：示例县委统战部.*导出日期：\d{4}年\d{1,2}月\d{1,2}日.*共 2 人/,
    )
    const header = sheet.getRow(3).values as unknown[]
    expect(header.slice(1, 6)).toEqual(['序号', '姓名', '性别', '民族', '出生年月'])
    expect(sheet.getCell('B3').font.bold).toBe(true)
    expect(sheet.getCell('B3').border.bottom?.style).toBe('thin')
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 3 })
    expect(sheet.getColumn(6).width).toBe(21)
    expect(sheet.getCell('B3').fill).toMatchObject({ pattern: 'solid' })
    expect(sheet.getCell('A1').font.name).toBe('宋体')
    // Printed: A4 landscape (14 columns), one page wide, the header on every page, page numbers.
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '3:3',
    })
    expect(sheet.headerFooter.oddFooter).toContain('第 &P 页，共 &N 页')
    // Sorted by name as the list is: 李四 before 张三.
    expect(sheet.getCell('A4').value).toBe(1)
    expect(sheet.getCell('A5').value).toBe(2)
    expect(sheet.getCell('B4').value).toBe('李四')
    expect(sheet.getCell('I4').value).toBe('示例科技有限公司')
    expect(sheet.getCell('B5').value).toBe('张三')
    expect(sheet.getCell('D5').value).toBe('汉族')
    // Beside a masked ID number a full birth date gives most of it back: the year only.
    expect(sheet.getCell('E5').value).toBe('1985')
    // Masked by default, and the ID column is text.
    expect(sheet.getCell('F5').value).toBe(
      `3306**********${validId('33062119850312123').slice(-4)}`,
    )
    expect(sheet.getCell('F5').numFmt).toBe('@')
    expect(sheet.getCell('L5').value).toBe('138****5678')
    expect(String(sheet.getCell('A6').value)).toContain('已脱敏')
  })

  it('unmasks only for operators and admins, and audits every export with what it held', async () => {
    const t = await core()
    await t.ok('persons.create', {
      name: '张三',
      idNumber: validId('33062119850312123'),
      phone: '13812345678',
    })
    const { sheet } = await exportBook(t, { unmasked: true })
    expect(sheet.getCell('F4').value).toBe(validId('33062119850312123'))
    expect(sheet.getCell('L4').value).toBe('13812345678')
    expect(String(sheet.getCell('A5').value)).toContain('完整身份证号')

    const v = await viewer(t)
    const masked = await exportBook(t, {}, v)
    expect(masked.sheet.getCell('F4').value).toMatch(/\*{10}/)
    await expect(t.ok('exports.persons', { unmasked: true }, v)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })

    const audit = t.core.database.sqlite
      .prepare(
        "SELECT username, result, detail FROM audit_log WHERE action = 'exports.persons' ORDER BY seq",
      )
      .all() as { username: string; result: string; detail: string }[]
    expect(audit.map((a) => [a.username, a.result])).toEqual([
      ['admin', 'ok'],
      ['viewer', 'ok'],
      ['viewer', 'failed'],
    ])
    expect(audit[0]!.detail).toContain('含完整身份证号和手机号')
    expect(audit[1]!.detail).toContain('脱敏')
    expect(audit.some((a) => a.detail.includes('13812345678'))).toBe(false)
  })

  it('exports the current filter and the chosen columns', async () => {
    const t = await core()
    await t.ok('persons.create', { name: '王律师', categories: [{ code: '21', detail: '律师' }] })
    await t.ok('persons.create', { name: '赵主播', categories: [{ code: '41', detail: null }] })
    const { result, sheet } = await exportBook(t, {
      categories: ['21'],
      columns: ['name', 'categories'],
    })
    expect(result.rows).toBe(1)
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual(['序号', '姓名', '人员类别'])
    expect((sheet.getRow(4).values as unknown[]).slice(1)).toEqual([
      1,
      '王律师',
      '中介组织从业人员（律师）',
    ])
  })

  it('writes tab and CR at the start of a value as text too, dropping what XML cannot carry', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xinlian-safe-'))
    try {
      const file = join(dir, 'safe.xlsx')
      const values = ['\t=1+1', '\r=2+2', '=3+3', '+4', '-5', '@6', 'ok\u0001bad']
      await writeOfficeWorkbook(
        file,
        {
          sheetName: 's',
          title: 't',
          subtitle: 'u',
          columns: [{ header: '备注', width: 10 }],
          frozenColumns: 0,
        },
        values.map((v) => [v]),
      )
      const xml = strFromU8(unzipSync(readFileSync(file))['xl/worksheets/sheet1.xml']!)
      expect(xml).not.toMatch(/<f[ >]/)
      const back = new ExcelJS.Workbook()
      await back.xlsx.readFile(file)
      const read = values.map((_, i) => back.worksheets[0]!.getCell(4 + i, 1).value)
      // XML turns a bare CR into LF on reading; it is still text, never a formula.
      expect(read).toEqual(['\t=1+1', '\n=2+2', '=3+3', '+4', '-5', '@6', 'okbad'])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('keeps = + - @ at the start of a value as text, never a formula', async () => {
    const t = await core()
    const risky = [
      '=HYPERLINK("http://example.invalid","点击")',
      '+1+1',
      '-2+3',
      '@SUM(A1:A2)',
      '=cmd|calc!A0',
    ]
    for (const [i, remarks] of risky.entries()) {
      await t.ok('persons.create', { name: `人员${'甲乙丙丁戊'[i]}`, remarks, employer: remarks })
    }
    const { sheet, bytes } = await exportBook(t, { columns: ['name', 'employer', 'remarks'] })
    const xml = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!)
    expect(xml).not.toMatch(/<f[ >]/)
    const values = [4, 5, 6, 7, 8].map((r) => sheet.getCell(r, 4).value)
    expect(values.sort()).toEqual([...risky].sort())
    for (let r = 4; r <= 8; r++) expect(typeof sheet.getCell(r, 4).value).toBe('string')
    expect(sheet.getCell(4, 4).numFmt).toBe('@')
  })

  it('a masked export imported again changes nothing (its ID numbers cannot be used)', async () => {
    const t = await core()
    await t.ok('persons.create', { name: '张三', idNumber: validId('33062119850312123') })
    const { bytes } = await exportBook(t)
    const preview = await previewFile(t, 'masked.xlsx', bytes)
    expect(preview.counts).toMatchObject({ created: 0, updated: 0, rejected: 1 })
    expect(preview.rows[0]!.issues[0]!.message).toContain('脱敏')
  })
})

describe('round trip: export → import', () => {
  const chars = fc.constantFrom(
    ...'张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤䶮𠀀堃喆'.match(
      /./gu,
    )!,
  )
  const name = fc.array(chars, { minLength: 2, maxLength: 4 }).map((a) => a.join(''))
  const text = fc
    .oneof(
      fc.constantFrom('=SUM(A1)', '+86 电话', '-负号开头', '@提及', '示例科技有限公司', '𠀀字号'),
      fc.string({
        unit: fc.constantFrom(...'甲乙丙abc123=+-@ 、，（）'.split('')),
        minLength: 1,
        maxLength: 12,
      }),
    )
    .map((s) => s.trim())
    .filter((s) => s !== '')
  const person = fc.record({
    name,
    idSeq: fc.integer({ min: 0, max: 999 }),
    birth: fc.date({
      min: new Date('1950-01-01'),
      max: new Date('2004-12-31'),
      noInvalidDate: true,
    }),
    sex: fc.constantFrom('男', '女'),
    ethnicity: fc.constantFrom('汉族', '回族', '壮族', '满族', '土家族', null),
    politicalStatus: fc.constantFrom(
      '中国共产党党员',
      '中国民主同盟盟员',
      '无党派民主人士',
      '群众',
      null,
    ),
    education: fc.constantFrom('大学本科毕业', '硕士研究生毕业', '大学专科毕业', null),
    employer: fc.option(text, { nil: null }),
    jobTitle: fc.option(text, { nil: null }),
    remarks: fc.option(text, { nil: null }),
    phone: fc.option(
      fc.integer({ min: 0, max: 99_999_999 }).map((n) => `139${String(n).padStart(8, '0')}`),
      { nil: null },
    ),
    categories: fc.subarray(['11', '21', '31', '41'] as const, { maxLength: 2 }),
    detail: fc.constantFrom('律师', '网络主播', null),
    tags: fc.subarray(['骨干', '青年', '重点'], { maxLength: 2 }),
    formerNames: fc.option(name, { nil: null }),
  })

  it('exported lists (rare characters included) import back unchanged, and identical into a fresh register', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(person, { minLength: 1, maxLength: 8, selector: (p) => p.idSeq }),
        async (people) => {
          const a = await signedInCore()
          const b = await makeTestCore()
          try {
            await b.ok('auth.login', { username: 'admin', password: 'Passw0rd-admin' })
            const created: PersonDetail[] = []
            for (const p of people) {
              const d = p.birth
              const ymd = `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}`
              const seq = String(p.idSeq).padStart(3, '0')
              const r = await a.ok('persons.create', {
                name: p.name,
                formerNames: p.formerNames,
                idNumber: validId(`330621${ymd}${seq}`),
                ethnicity: p.ethnicity,
                politicalStatus: p.politicalStatus,
                education: p.education,
                employer: p.employer,
                jobTitle: p.jobTitle,
                remarks: p.remarks,
                phone: p.phone,
                categories: p.categories.map((code, i) => ({
                  code,
                  detail: i === 0 && code === '21' ? p.detail : null,
                })),
                tags: p.tags,
              })
              created.push(r.person)
            }
            const exported = await a.ok('exports.persons', {
              unmasked: true,
              columns: [...PERSON_EXPORT_COLUMNS],
            })
            const bytes = Buffer.from(exported.data!, 'base64')

            const again = await previewFile(a, 'roster.xlsx', bytes)
            expect(again.counts).toMatchObject({
              created: 0,
              updated: 0,
              rejected: 0,
              unchanged: people.length,
            })

            const fresh = await previewFile(b, 'roster.xlsx', bytes)
            await b.ok('imports.apply', { token: fresh.token })
            for (const before of created) {
              const [match] = (
                await b.ok('persons.list', { query: before.name, pageSize: 50 })
              ).items.filter((r) => r.name === before.name)
              const after = await b.ok('persons.get', { id: match!.id })
              const strip = (p: PersonDetail) => {
                const {
                  id,
                  siteId,
                  createdAt,
                  updatedAt,
                  version,
                  ownedHere,
                  isDemo,
                  deletedAt,
                  idNumber,
                  phone,
                  ...rest
                } = p
                void [
                  id,
                  siteId,
                  createdAt,
                  updatedAt,
                  version,
                  ownedHere,
                  isDemo,
                  deletedAt,
                  idNumber,
                  phone,
                ]
                return rest
              }
              expect(strip(after)).toEqual(strip(before))
              expect(await b.ok('persons.reveal', { id: after.id })).toEqual(
                await a.ok('persons.reveal', { id: before.id }),
              )
            }
          } finally {
            a.cleanup()
            b.cleanup()
          }
        },
      ),
      { numRuns: 12 },
    )
  }, 180_000)
})
