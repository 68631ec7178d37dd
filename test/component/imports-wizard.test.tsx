import { session } from './statusFixtures'
import { describe, expect, it } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App as AntApp } from 'antd'
import type {
  ImportCounts,
  ImportField,
  ImportPreview,
  ImportSheetColumn,
} from '../../shared/contract/imports'
import { t } from '../../shared/i18n'
import { ImportWizard } from '../../renderer/src/pages/imports/ImportWizard'
import { fail, installFakeCore } from './fakeTransport'

const txt = t.importsUi.preview

const column = (index: number, header: string, field: ImportField | null): ImportSheetColumn => ({
  index,
  column: String.fromCharCode(65 + index),
  header,
  group: '',
  field,
  source: field ? 'header' : 'none',
})

const COUNTS: ImportCounts = {
  created: 41,
  updated: 2,
  unchanged: 0,
  duplicates: 3,
  rejected: 4,
  warnings: 1,
  skipped: 1,
}

function preview(columns: ImportSheetColumn[], counts: ImportCounts): ImportPreview {
  return {
    token: 'tok-0123456789abcdef',
    fileName: '花名册.xlsx',
    format: 'xlsx',
    encoding: null,
    encodingChosen: false,
    counts,
    toConfirm: [],
    sheets: [
      {
        name: '城关镇',
        status: 'read',
        message: null,
        headerRows: [3, 4],
        columns,
        dataRows: 50,
        skippedRows: 1,
        sheetTownship: null,
      },
    ],
    rows: [
      {
        sheet: '城关镇',
        row: 16,
        status: 'rejected',
        name: '雷东兰',
        issues: [
          {
            column: 'C',
            header: '身份证号',
            field: 'idNumber',
            fieldLabel: '身份证号',
            message: '身份证号校验位不正确，请核对；本行未导入',
          },
        ],
        changes: [],
      },
    ],
    rowsTruncated: false,
    previousImports: [],
    fields: [
      { field: 'name', label: '姓名' },
      { field: 'idNumber', label: '身份证号' },
      { field: 'remarks', label: '备注' },
    ],
  }
}

const COLUMNS = [
  column(0, '名字', 'name'),
  column(1, '备用名', null),
  column(2, '身份证号', 'idNumber'),
]

const figure = (key: keyof ImportCounts) =>
  within(screen.getByRole('group', { name: txt.countsLabel }))
    .getByText(txt.counts[key])
    .closest('.ant-statistic')!
    .querySelector('.ant-statistic-content-value')!.textContent

async function pickFile(name: string) {
  const user = userEvent.setup({ applyAccept: false })
  render(
    <AntApp>
      <ImportWizard session={session()} onHistory={() => undefined} />
    </AntApp>,
  )
  const input = document.querySelector<HTMLInputElement>('input[type=file]')!
  await user.upload(input, new File([new Uint8Array([80, 75, 3, 4])], name))
  return user
}

describe('导入向导', () => {
  it('shows each count the core previewed, and a rejected row with sheet, row, column and reason', async () => {
    installFakeCore({ 'imports.preview': () => preview(COLUMNS, COUNTS) })
    await pickFile('花名册.xlsx')
    await screen.findByText(txt.sheetRead([3, 4], 50, 1))
    for (const key of ['created', 'updated', 'duplicates', 'rejected', 'warnings'] as const)
      expect(figure(key), key).toBe(String(COUNTS[key]))
    const row = screen.getByText('雷东兰').closest('tr')!
    expect(within(row).getByText('城关镇')).toBeTruthy()
    expect(within(row).getByText('16')).toBeTruthy()
    expect(within(row).getByText('C（身份证号）')).toBeTruthy()
    expect(within(row).getByText('身份证号校验位不正确，请核对；本行未导入')).toBeTruthy()
    expect(screen.getByRole('button', { name: txt.confirm(COUNTS) })).toBeTruthy()
  })

  it('moving 姓名 to another column frees the old one, re-previews with that mapping and shows the new counts', async () => {
    const core = installFakeCore({ 'imports.preview': () => preview(COLUMNS, COUNTS) })
    const after = { ...COUNTS, created: 30, rejected: 15 }
    core.handle({
      'imports.remap': ({ mapping }) => {
        const cols = mapping![0]!.columns!
        return preview(
          COLUMNS.map((c) => {
            const field = cols.find((m) => m.index === c.index)!.field
            return { ...c, field, source: field === c.field ? c.source : 'manual' }
          }),
          after,
        )
      },
    })
    const user = await pickFile('花名册.xlsx')
    const select = await screen.findByRole('combobox', { name: 'B 备用名' })
    await user.click(select)
    await user.type(select, '姓名')
    const option = document.querySelector<HTMLElement>('.ant-select-item-option[title="姓名"]')!
    await user.click(option)

    await waitFor(() => expect(figure('created')).toBe('30'))
    expect(figure('rejected')).toBe('15')
    expect(core.callsOf('imports.remap')).toEqual([
      {
        token: 'tok-0123456789abcdef',
        // Each remap is a cancellable job of its own.
        jobId: expect.any(String),
        mapping: [
          {
            sheet: '城关镇',
            columns: [
              { index: 0, field: null },
              { index: 1, field: 'name' },
              { index: 2, field: 'idNumber' },
            ],
          },
        ],
      },
    ])
    const moved = screen.getByRole('combobox', { name: 'B 备用名' }).closest('tr')!
    expect(within(moved).getByText(txt.sources.manual)).toBeTruthy()
  })

  it("says in the core's words why an .xls file cannot be read, and lets another file be chosen", async () => {
    const xls = t.imports.file.xls
    installFakeCore({ 'imports.preview': () => fail('BAD_INPUT', xls) })
    await pickFile('旧名单.xls')
    expect(await screen.findByText(xls)).toBeTruthy()
    expect(screen.getByText(t.importsUi.wizard.readFailed)).toBeTruthy()
    expect(document.querySelector('input[type=file]')).toBeTruthy()
  })

  it('shows rows written while applying, then that the search index is being built, never 100% before the result', async () => {
    const core = installFakeCore({ 'imports.preview': () => preview(COLUMNS, COUNTS) })
    let finish: () => void = () => undefined
    core.handle({
      'imports.apply': () =>
        new Promise((resolve) => {
          finish = () =>
            resolve({
              batchId: '0190aaaa-bbbb-7ccc-8ddd-eeeeeeeeeeee',
              fileName: '花名册.xlsx',
              counts: COUNTS,
              sheets: [],
              rows: [],
              rowsTruncated: false,
            })
        }),
    })
    const user = await pickFile('花名册.xlsx')
    await user.click(await screen.findByRole('button', { name: txt.confirm(COUNTS) }))
    await user.click(await screen.findByRole('button', { name: t.importsUi.apply.ok }))
    await screen.findByText(t.importsUi.apply.running)

    core.emit('progress', { task: 'import', done: 20, total: 50 })
    await screen.findByText(t.importsUi.apply.progress(20, 50))
    const bar = () => screen.getByRole('progressbar').getAttribute('aria-valuenow')
    expect(bar()).toBe('40')
    core.emit('progress', { task: 'import', done: 50, total: 50 })
    await screen.findByText(t.importsUi.apply.finishing)
    expect(bar()).toBe('99')

    finish()
    await screen.findByText(t.importsUi.apply.doneTitle(COUNTS))
  })
})
