import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { t } from '../../shared/i18n'
import { App } from '../../renderer/src/app/App'
import { layOutPersonGrid, listRow, personDetail, personsCore } from './personsFixtures'

const txt = t.personsUi.list
const col = t.personsUi.columns

beforeAll(layOutPersonGrid)
beforeEach(() => window.localStorage.clear())

const headers = () => screen.getAllByRole('columnheader').map((h) => h.textContent)

describe('人员列表', () => {
  it('shows the total and masked numbers, searches after a pause, and Enter opens the highlighted row', async () => {
    const rows = [listRow(), listRow({ id: 'p-2', name: '李四', idNumber: '3306**********5678' })]
    const core = personsCore(rows)
    const user = userEvent.setup()
    render(<App />)

    expect(await screen.findByText(txt.total(2))).toBeTruthy()
    const grid = screen.getByRole('grid', { name: txt.rowsLabel })
    expect(within(grid).getByText('3306**********1234')).toBeTruthy()
    expect(within(grid).getAllByText('138****5678')).toHaveLength(2)

    core.handle({
      'persons.list': (input) => ({
        total: 1,
        page: 1,
        pageSize: input.pageSize ?? 50,
        items: input.query === 'zs' ? [rows[0]!] : rows,
      }),
    })
    const before = core.callsOf('persons.list').length
    await user.type(screen.getByLabelText(txt.searchLabel), 'zs')
    expect(await screen.findByText(txt.total(1))).toBeTruthy()
    // One question for the whole word, not one per keystroke; by relevance while searching.
    const asked = core.callsOf('persons.list').slice(before)
    expect(asked).toEqual([expect.objectContaining({ query: 'zs', sort: 'relevance', page: 1 })])

    await user.keyboard('{ArrowDown}')
    expect(document.activeElement).toBe(screen.getByRole('grid', { name: txt.rowsLabel }))
    await user.keyboard('{Enter}')
    await waitFor(() => expect(window.location.hash).toBe('#/persons/p-1'))
  })

  it('remembers the chosen columns per user', async () => {
    personsCore([listRow()], { userId: 'user-1' })
    const user = userEvent.setup()
    const first = render(<App />)
    await screen.findByText(txt.total(1))
    expect(headers()).toContain(col.phone)

    await user.click(screen.getByRole('button', { name: new RegExp(txt.columns) }))
    await user.click(await screen.findByRole('checkbox', { name: col.phone }))
    await user.click(screen.getByRole('checkbox', { name: col.birthDate }))
    await waitFor(() => expect(headers()).not.toContain(col.phone))
    expect(headers()).toContain(col.birthDate)
    first.unmount()
    cleanup()

    // Another user on the same computer keeps the default columns…
    personsCore([listRow()], { userId: 'user-2' })
    const second = render(<App />)
    await screen.findByText(txt.total(1))
    expect(headers()).toContain(col.phone)
    expect(headers()).not.toContain(col.birthDate)
    second.unmount()
    cleanup()

    // …and the first one finds their own choice again.
    personsCore([listRow()], { userId: 'user-1' })
    render(<App />)
    await screen.findByText(txt.total(1))
    expect(headers()).not.toContain(col.phone)
    expect(headers()).toContain(col.birthDate)
  })

  it('a viewer sees no buttons that would change anything, on the list, a record, or the form', async () => {
    personsCore([listRow()], {
      role: 'viewer',
      more: {
        'persons.get': () => personDetail(),
        'persons.history': () => [],
      },
    })
    render(<App />)
    await screen.findByText(txt.total(1))
    expect(screen.queryByRole('button', { name: new RegExp(txt.add) })).toBeNull()
    expect(screen.queryByRole('button', { name: new RegExp(txt.recycleBin) })).toBeNull()

    window.location.hash = '#/persons/p-1'
    expect(await screen.findByRole('heading', { name: /张三/ })).toBeTruthy()
    expect(screen.getByText('3306**********1234')).toBeTruthy()
    for (const name of [
      t.personsUi.detail.edit,
      t.personsUi.detail.delete,
      t.personsUi.detail.reveal,
    ]) {
      expect(screen.queryByRole('button', { name: new RegExp(name) })).toBeNull()
    }

    window.location.hash = '#/persons/new'
    expect(await screen.findByText(t.personsUi.form.noPermission)).toBeTruthy()
    expect(screen.queryByLabelText(t.persons.fieldLabels.idNumber)).toBeNull()
  })

  it('an operator may reveal the full numbers, which only then appear', async () => {
    const core = personsCore([], {
      role: 'operator',
      hash: '#/persons/p-1',
      more: {
        'persons.get': () => personDetail(),
        'persons.history': () => [],
        'persons.reveal': () => ({ idNumber: '330621198503121234', phone: '13812345678' }),
      },
    })
    const user = userEvent.setup()
    render(<App />)
    await screen.findByRole('heading', { name: /张三/ })
    expect(screen.queryByText('330621198503121234')).toBeNull()
    await user.click(screen.getByRole('button', { name: new RegExp(t.personsUi.detail.reveal) }))
    expect(await screen.findByText('330621198503121234')).toBeTruthy()
    expect(screen.getByText('13812345678')).toBeTruthy()
    expect(core.callsOf('persons.reveal')).toEqual([{ id: 'p-1' }])

    await user.click(screen.getByRole('button', { name: new RegExp(t.personsUi.detail.hide) }))
    expect(screen.queryByText('330621198503121234')).toBeNull()
    expect(screen.getByText('3306**********1234')).toBeTruthy()
  })
})
