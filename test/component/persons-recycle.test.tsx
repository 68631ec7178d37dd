import { describe, expect, it } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { t } from '../../shared/i18n'
import type { RecycleBinRow } from '../../shared/contract'
import { App } from '../../renderer/src/app/App'
import { personDetail, personsCore } from './personsFixtures'

const txt = t.personsUi.bin

function binCore(role: 'admin' | 'operator', rows: RecycleBinRow[]) {
  return personsCore([], {
    role,
    hash: '#/persons/recycle-bin',
    more: {
      'persons.recycleBin': () => ({ total: rows.length, items: rows.map((r) => ({ ...r })) }),
      'persons.restore': ({ id }) => {
        rows.splice(
          rows.findIndex((r) => r.id === id),
          1,
        )
        return personDetail({ id })
      },
      'persons.purge': ({ id }) => {
        rows.splice(
          rows.findIndex((r) => r.id === id),
          1,
        )
        return null
      },
    },
  })
}

/** The row of a person once the table has stopped loading (a loading table takes no clicks). */
async function rowOf(name: string) {
  const row = (await screen.findByText(name)).closest('tr')!
  await waitFor(() => expect(document.querySelector('.ant-spin-blur')).toBeNull())
  return row
}

const zhang: RecycleBinRow = {
  id: 'p-1',
  name: '张三',
  idNumber: '3306**********1234',
  employer: '华达机械有限公司',
  deletedAt: '2026-11-20T02:00:00.000Z',
}

describe('回收站', () => {
  it('asks before purging, naming the person and saying it cannot be undone; 取消 changes nothing', async () => {
    const core = binCore('admin', [{ ...zhang }])
    const user = userEvent.setup()
    render(<App />)
    const row = await rowOf('张三')
    expect(within(row).getByText('3306**********1234')).toBeTruthy()

    await user.click(within(row).getByRole('button', { name: new RegExp(txt.purge) }))
    const dialog = await screen.findByRole('dialog', { name: txt.confirmPurgeTitle('张三') })
    expect(within(dialog).getByText(txt.confirmPurgeContent('张三'))).toBeTruthy()
    expect(txt.confirmPurgeContent('张三')).toContain('无法撤销')
    await user.click(within(dialog).getByRole('button', { name: t.common.cancel }))
    expect(core.callsOf('persons.purge')).toHaveLength(0)
    expect(screen.getByText('张三')).toBeTruthy()
  })

  it('purges once confirmed, and only that person', async () => {
    const core = binCore('admin', [{ ...zhang }, { ...zhang, id: 'p-2', name: '李四' }])
    const user = userEvent.setup()
    render(<App />)
    const row = await rowOf('张三')
    await user.click(within(row).getByRole('button', { name: new RegExp(txt.purge) }))
    const dialog = await screen.findByRole('dialog', { name: txt.confirmPurgeTitle('张三') })
    await user.click(within(dialog).getByRole('button', { name: txt.confirmPurgeOk }))
    await waitFor(() => expect(core.callsOf('persons.purge')).toEqual([{ id: 'p-1' }]))
    await waitFor(() => expect(screen.queryByRole('cell', { name: '张三' })).toBeNull())
    expect(screen.getByRole('cell', { name: '李四' })).toBeTruthy()
  })

  it('an operator may restore but not purge', async () => {
    const core = binCore('operator', [{ ...zhang }])
    const user = userEvent.setup()
    render(<App />)
    const row = await rowOf('张三')
    expect(within(row).queryByRole('button', { name: new RegExp(txt.purge) })).toBeNull()
    await user.click(within(row).getByRole('button', { name: new RegExp(txt.restore) }))
    await waitFor(() => expect(core.callsOf('persons.restore')).toEqual([{ id: 'p-1' }]))
    expect(await screen.findByText(txt.empty)).toBeTruthy()
  })

  it('a viewer is told the recycle bin is not for them, and nothing is asked of the core', async () => {
    const core = personsCore([], { role: 'viewer', hash: '#/persons/recycle-bin' })
    render(<App />)
    expect(await screen.findByText(txt.operatorOnly)).toBeTruthy()
    expect(core.callsOf('persons.recycleBin')).toHaveLength(0)
  })
})
