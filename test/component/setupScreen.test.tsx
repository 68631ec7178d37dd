import { describe, expect, it } from 'vitest'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { t } from '../../shared/i18n'
import { App } from '../../renderer/src/app/App'
import { fail, installFakeCore } from './fakeTransport'
import { session, status } from './statusFixtures'

const formItemOf = (el: HTMLElement) => el.closest('.ant-form-item') as HTMLElement

async function fillSetup(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText(t.auth.unitCode), '330621')
  await user.type(screen.getByLabelText(t.auth.unitName), '示例县委统战部')
  await user.type(screen.getByLabelText(t.auth.username), 'wangfang')
  await user.type(screen.getByLabelText(t.auth.displayName), '王芳')
  await user.type(screen.getByLabelText(t.auth.password), 'Zhengque-mima-2026')
  await user.type(screen.getByLabelText(t.auth.confirmPassword), 'Zhengque-mima-2026')
}

describe('首次使用设置', () => {
  it('shows the level the code names while typing', async () => {
    installFakeCore({ 'system.status': () => status({ initialized: false, unit: null }) })
    const user = userEvent.setup()
    render(<App />)
    const code = await screen.findByLabelText(t.auth.unitCode)
    expect(screen.getByText(t.auth.unitLevelPending)).toBeTruthy()
    await user.type(code, '330600')
    expect(screen.getByTestId('unit-level').textContent).toBe(t.common.unitLevels.city)
    await user.clear(code)
    await user.type(code, '330621')
    expect(screen.getByTestId('unit-level').textContent).toBe(t.common.unitLevels.county)
  })

  it('sends the unit and the admin (without the confirmation) and opens the main layout', async () => {
    const core = installFakeCore({
      'system.status': () => status({ initialized: false, unit: null }),
      'setup.init': (input) => {
        core.handle({ 'system.status': () => status({ session: session() }) })
        return session({ username: input.admin.username, displayName: input.admin.displayName })
      },
    })
    const user = userEvent.setup()
    render(<App />)
    await fillSetup(user)
    await user.click(screen.getByRole('button', { name: t.auth.setupSubmit }))

    expect(await screen.findByRole('menuitem', { name: new RegExp(t.nav.persons) })).toBeTruthy()
    expect(core.callsOf('setup.init')).toEqual([
      {
        unit: { code: '330621', name: '示例县委统战部' },
        admin: { username: 'wangfang', displayName: '王芳', password: 'Zhengque-mima-2026' },
      },
    ])
  })

  it('puts a field error from the core on the field it names', async () => {
    const problem = '「密码」不能包含用户名'
    installFakeCore({
      'system.status': () => status({ initialized: false, unit: null }),
      'setup.init': () =>
        fail('BAD_INPUT', problem, [{ path: 'admin.password', message: problem }]),
    })
    const user = userEvent.setup()
    render(<App />)
    await fillSetup(user)
    await user.click(screen.getByRole('button', { name: t.auth.setupSubmit }))

    const shown = await screen.findByText(problem)
    expect(formItemOf(shown)).toBe(formItemOf(screen.getByLabelText(t.auth.password)))
    expect(formItemOf(screen.getByLabelText(t.auth.username)).textContent).not.toContain(problem)
    // Still on the setup screen, nothing else opened.
    expect(screen.queryByRole('menuitem')).toBeNull()
  })

  it('does not submit when the two passwords differ', async () => {
    const core = installFakeCore({
      'system.status': () => status({ initialized: false, unit: null }),
      'setup.init': () => session(),
    })
    const user = userEvent.setup()
    render(<App />)
    await fillSetup(user)
    await user.type(screen.getByLabelText(t.auth.confirmPassword), 'x')
    await user.click(screen.getByRole('button', { name: t.auth.setupSubmit }))
    expect(await screen.findByText(t.auth.passwordsDiffer)).toBeTruthy()
    await waitFor(() => expect(core.callsOf('setup.init')).toHaveLength(0))
  })
})
