import { describe, expect, it } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { t } from '../../shared/i18n'
import type { UserRow } from '../../shared/contract'
import { App } from '../../renderer/src/app/App'
import { fail, installFakeCore } from './fakeTransport'
import { session, status } from './statusFixtures'

const txt = t.settings.users

function row(over: Partial<UserRow>): UserRow {
  return {
    id: 'user-1',
    username: 'wangfang',
    displayName: '王芳',
    role: 'admin',
    disabled: false,
    locked: false,
    failedAttempts: 0,
    lastLoginAt: null,
    createdAt: '2026-11-01T00:00:00.000Z',
    ...over,
  }
}

function usersCore(users: UserRow[]) {
  const core = installFakeCore({
    'system.status': () => status({ session: session() }),
    'users.list': () => users.map((u) => ({ ...u })),
  })
  window.location.hash = '#/settings/users'
  return core
}

describe('用户管理', () => {
  it('creates a user with the chosen role and shows the core’s conflict in the dialog', async () => {
    const users = [row({})]
    const core = usersCore(users)
    core.handle({
      'users.create': (input) => fail('CONFLICT', t.errorText.usernameTaken(input.username)),
    })
    const user = userEvent.setup()
    render(<App />)
    await user.click(await screen.findByRole('button', { name: new RegExp(txt.add) }))
    const dialog = await screen.findByRole('dialog')
    await user.type(within(dialog).getByLabelText(txt.username), 'lisi')
    await user.type(within(dialog).getByLabelText(txt.displayName), '李四')
    await user.click(within(dialog).getByLabelText(txt.role))
    await user.click(await screen.findByText(txt.roleHelp.operator!))
    await user.type(within(dialog).getByLabelText(txt.tempPassword), 'Linshi-mima-1')
    await user.type(within(dialog).getByLabelText(txt.confirmPassword), 'Linshi-mima-1{Enter}')

    expect(await within(dialog).findByText(t.errorText.usernameTaken('lisi'))).toBeTruthy()
    expect(core.callsOf('users.create')).toEqual([
      { username: 'lisi', displayName: '李四', role: 'operator', password: 'Linshi-mima-1' },
    ])
  })

  it('offers 解锁 only for a locked account, and unlocks it after confirmation', async () => {
    const users = [
      row({}),
      row({ id: 'user-2', username: 'lisi', role: 'viewer', locked: true, failedAttempts: 10 }),
    ]
    const core = usersCore(users)
    core.handle({
      'users.unlock': ({ id }) => {
        const u = users.find((x) => x.id === id)!
        u.locked = false
        return u
      },
    })
    const user = userEvent.setup()
    render(<App />)
    const lisi = (await screen.findByText('lisi')).closest('tr')!
    const me = screen.getByText('wangfang').closest('tr')!
    expect(within(me).queryByRole('button', { name: txt.unlock })).toBeNull()
    // Nobody can disable their own account from here.
    expect(within(me).queryByRole('button', { name: txt.disable })).toBeNull()

    await user.click(within(lisi).getByRole('button', { name: txt.unlock }))
    await user.click(await screen.findByRole('button', { name: t.common.ok }))
    await waitFor(() => expect(core.callsOf('users.unlock')).toEqual([{ id: 'user-2' }]))
    await waitFor(() =>
      expect(within(screen.getByText('lisi').closest('tr')!).queryByText(txt.locked)).toBeNull(),
    )
  })
})
