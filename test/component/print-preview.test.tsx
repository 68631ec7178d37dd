import { afterEach, describe, expect, it, vi } from 'vitest'
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import type { Input } from '../../shared/contract'
import { buildRoster } from '../../shared/documents/roster'
import { buildSignInSheet, type SignInPerson } from '../../shared/documents/signInSheet'
import { t } from '../../shared/i18n'
import { App } from '../../renderer/src/app/App'
import { fail, installFakeCore, type FakeHandlers } from './fakeTransport'
import { session, status } from './statusFixtures'

const activity = {
  title: '新联会会员学习交流会',
  startDate: '2025-03-12',
  startTime: '14:30',
  endDate: null,
  place: '县社会主义学院',
  hostUnits: ['县委统战部'],
  organizerUnits: ['县新联会'],
}
const people: SignInPerson[] = Array.from({ length: 20 }, (_, i) => ({
  seq: i + 1,
  name: `代表${i + 1}`,
  sex: '1',
  employer: '华达机械有限公司',
  jobTitle: '总经理',
}))
const signIn = (input: Input<'documents.signInSheet'>) =>
  buildSignInSheet(activity, people, { blankRows: input.blankRows ?? 10 })

function open(hash: string, shell: 'web' | 'electron' = 'web', more: FakeHandlers = {}) {
  const core = installFakeCore({
    'system.status': () => status({ session: session(), shell }),
    'documents.signInSheet': signIn,
    'documents.recordOutput': () => null,
    ...more,
  })
  window.location.hash = hash
  render(<App />)
  return core
}

const ready = () =>
  waitFor(() => expect(document.documentElement.dataset.printState).toBe('ready'), {
    timeout: 5000,
  })

afterEach(() => vi.restoreAllMocks())

describe('the sign-in sheet preview', () => {
  it('shows one sheet per model page, full window, each with its title and page number', async () => {
    const core = open('#/print/sign-in/act-1?blank=3')
    await ready()
    const model = signIn({ activityId: 'act-1', blankRows: 3 })
    expect(model.pages.length).toBeGreaterThan(1)
    const sheets = document.querySelectorAll('.xl-sheet')
    expect(sheets).toHaveLength(model.pages.length)
    sheets.forEach((sheet, i) => {
      expect(within(sheet as HTMLElement).getByText(model.title)).toBeTruthy()
      expect(
        within(sheet as HTMLElement).getByText(`第 ${i + 1} 页 共 ${model.pages.length} 页`),
      ).toBeTruthy()
    })
    expect(
      within(sheets[sheets.length - 1] as HTMLElement).getByText(model.footer.replace(/\s+/g, ' ')),
    ).toBeTruthy()
    expect(core.callsOf('documents.signInSheet')[0]).toMatchObject({
      activityId: 'act-1',
      blankRows: 3,
    })
    expect(screen.queryByRole('menuitem')).toBeNull()
    expect(document.querySelector('.xl-print-root > style')?.textContent).toContain(
      '@page { size: A4 portrait',
    )
  })

  it('changes the blank rows in place: the route says so and the model is asked again', async () => {
    const core = open('#/print/sign-in/act-1?blank=3')
    await ready()
    const box = screen.getByLabelText(t.print.toolbar.blankRows)
    fireEvent.change(box, { target: { value: '25' } })
    fireEvent.blur(box)
    await waitFor(() => expect(window.location.hash).toBe('#/print/sign-in/act-1?blank=25'))
    await waitFor(() =>
      expect(core.callsOf('documents.signInSheet').at(-1)).toMatchObject({ blankRows: 25 }),
    )
    await ready()
    const model = signIn({ activityId: 'act-1', blankRows: 25 })
    expect(document.querySelectorAll('.xl-sheet')).toHaveLength(model.pages.length)
  })

  it("in the web shell, 打印… is the browser's dialog, and the print is recorded", async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined)
    const core = open('#/print/sign-in/act-1?blank=3')
    await ready()
    fireEvent.click(screen.getByRole('button', { name: new RegExp(t.print.toolbar.print) }))
    await waitFor(() => expect(core.callsOf('documents.recordOutput')).toHaveLength(1))
    expect(print).toHaveBeenCalledTimes(1)
    expect(core.callsOf('print.print')).toHaveLength(0)
    expect(core.callsOf('documents.recordOutput')[0]).toEqual({
      document: 'signIn',
      objectId: 'act-1',
      title: signIn({ activityId: 'act-1', blankRows: 3 }).title,
      masked: true,
      pages: signIn({ activityId: 'act-1', blankRows: 3 }).pages.length,
      output: 'printer',
    })
  })

  it('in the desktop app, prints and saves through the core with the chosen printer', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined)
    const core = open('#/print/sign-in/act-1?blank=3', 'electron', {
      'print.printers': () => [{ name: 'HP-1', displayName: '办公室 HP', isDefault: true }],
      'print.print': () => ({ printed: true }),
      'print.pdf': () => ({ path: 'C:\\Users\\staff\\Documents\\签到表.pdf' }),
    })
    await ready()
    fireEvent.mouseDown(screen.getByLabelText(t.print.toolbar.printer))
    fireEvent.click(await screen.findByText('办公室 HP'))
    fireEvent.click(screen.getByRole('button', { name: new RegExp(t.print.toolbar.print) }))
    await waitFor(() => expect(core.callsOf('documents.recordOutput')).toHaveLength(1))
    expect(core.callsOf('print.print')[0]).toEqual({
      route: '/print/sign-in/act-1?blank=3',
      landscape: false,
      title: signIn({ activityId: 'act-1', blankRows: 3 }).title,
      deviceName: 'HP-1',
    })
    fireEvent.click(screen.getByRole('button', { name: new RegExp(t.print.toolbar.pdf) }))
    await waitFor(() => expect(core.callsOf('documents.recordOutput')).toHaveLength(2))
    expect(core.callsOf('documents.recordOutput')[1]).toMatchObject({ output: 'pdf' })
    expect(print).not.toHaveBeenCalled()
    expect(
      await screen.findByText(t.print.done.savedPdf('C:\\Users\\staff\\Documents\\签到表.pdf')),
    ).toBeTruthy()
  })

  it('records nothing when the desktop dialog is cancelled, and falls back when the core cannot print', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined)
    const core = open('#/print/sign-in/act-1', 'electron', {
      'print.printers': () => [],
      'print.print': () => ({ printed: false }),
      'print.pdf': () => fail('UNSUPPORTED', t.print.unsupported),
    })
    await ready()
    fireEvent.click(screen.getByRole('button', { name: new RegExp(t.print.toolbar.print) }))
    await waitFor(() => expect(core.callsOf('print.print')).toHaveLength(1))
    fireEvent.click(screen.getByRole('button', { name: new RegExp(t.print.toolbar.pdf) }))
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1))
    await waitFor(() => expect(core.callsOf('documents.recordOutput')).toHaveLength(1))
    expect(core.callsOf('documents.recordOutput')[0]).toMatchObject({ output: 'pdf' })
  })

  it('says why when the model cannot be built, and tells a print window so', async () => {
    open('#/print/sign-in/gone', 'web', {
      'documents.signInSheet': () => fail('NOT_FOUND', '要操作的记录不存在或已被删除'),
    })
    expect(await screen.findByText('要操作的记录不存在或已被删除')).toBeTruthy()
    await waitFor(() => expect(document.documentElement.dataset.printState).toBe('error'))
    expect(screen.getByRole('button', { name: new RegExp(t.print.toolbar.print) })).toHaveProperty(
      'disabled',
      true,
    )
  })
})

describe('the roster preview', () => {
  const roster = (masked: boolean) =>
    buildRoster([{ name: '张三', phone: '13812345678', idNumber: '330621198503121234' }], {
      title: '城关镇花名册',
      unitName: '示例县委统战部',
      date: '2025-03-12',
      columns: ['name', 'phone'],
      masked,
    })

  it('is landscape and masked; full numbers need an operator and a confirmation', async () => {
    const core = installFakeCore({
      'system.status': () => status({ session: session({ role: 'admin' }), shell: 'web' }),
      'documents.roster': () => roster(true),
      'documents.rosterUnmasked': () => roster(false),
    })
    window.location.hash = '#/print/roster?org=org-1&cols=name,phone'
    render(<App />)
    await ready()
    expect(screen.getByText('138****5678')).toBeTruthy()
    expect(document.querySelector('.xl-print-root > style')?.textContent).toContain('A4 landscape')
    expect(core.callsOf('documents.roster')[0]).toEqual({
      source: { kind: 'organization', organizationId: 'org-1', includeBranches: false },
      columns: ['name', 'phone'],
    })
    fireEvent.click(screen.getByText(t.print.toolbar.unmasked))
    fireEvent.click(await screen.findByRole('button', { name: t.print.unmaskedConfirm.ok }))
    await waitFor(() => expect(window.location.hash).toContain('full=1'))
    expect(await screen.findByText('13812345678')).toBeTruthy()
    expect(core.callsOf('documents.rosterUnmasked')).toHaveLength(1)
  })

  it('offers no full numbers to a viewer', async () => {
    installFakeCore({
      'system.status': () => status({ session: session({ role: 'viewer' }), shell: 'web' }),
      'documents.roster': () => roster(true),
    })
    window.location.hash = '#/print/roster?activity=act-1'
    render(<App />)
    await ready()
    const full = screen.getByText(t.print.toolbar.unmasked).closest('label')!
    expect(full.className).toMatch(/disabled/)
  })
})
