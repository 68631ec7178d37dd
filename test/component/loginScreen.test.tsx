import { describe, expect, it } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { t } from '../../shared/i18n'
import { App } from '../../renderer/src/app/App'
import { fail, installFakeCore } from './fakeTransport'
import { UNIT, session, status } from './statusFixtures'

describe('登录', () => {
  it('names the unit and shows the core’s BAD_CREDENTIALS message', async () => {
    const message = t.errorText.attemptsLeft(2)
    const core = installFakeCore({
      'system.status': () => status(),
      'auth.login': () => fail('BAD_CREDENTIALS', message),
    })
    const user = userEvent.setup()
    render(<App />)
    expect(await screen.findByText(UNIT.name)).toBeTruthy()

    await user.type(screen.getByLabelText(t.auth.username), 'wangfang')
    await user.type(screen.getByLabelText(t.auth.password), 'cuowu-mima{Enter}')

    expect((await screen.findByRole('alert')).textContent).toContain(message)
    expect(core.callsOf('auth.login')).toEqual([{ username: 'wangfang', password: 'cuowu-mima' }])
    expect((screen.getByLabelText(t.auth.password) as HTMLInputElement).value).toBe('')
  })

  it('opens the forced change-password screen when the core says so', async () => {
    const core = installFakeCore({
      'system.status': () => status(),
      'auth.login': () => {
        core.handle({
          'system.status': () => status({ session: session({ mustChangePassword: true }) }),
        })
        return session({ mustChangePassword: true })
      },
    })
    const user = userEvent.setup()
    render(<App />)
    await user.type(await screen.findByLabelText(t.auth.username), 'wangfang')
    await user.type(screen.getByLabelText(t.auth.password), 'Linshi-mima-1{Enter}')
    expect(await screen.findByText(t.auth.mustChangePassword)).toBeTruthy()
    expect(screen.queryByRole('menuitem')).toBeNull()
  })

  it('goes to sign-in at once when a restore replaced the database, saying why', async () => {
    const core = installFakeCore({ 'system.status': () => status({ session: session() }) })
    render(<App />)
    expect((await screen.findAllByText(t.nav.dashboard)).length).toBeGreaterThan(0)
    expect(screen.queryByLabelText(t.auth.username)).toBeNull()
    // Another window restored a backup: the core ended this session and says so.
    core.handle({ 'system.status': () => status() })
    core.emit('database.replaced', {})
    expect((await screen.findByRole('status')).textContent).toContain(
      t.backupsUi.signInAfterRestore,
    )
    expect(screen.getByLabelText(t.auth.username)).toBeTruthy()
    expect(screen.queryByText(t.nav.dashboard)).toBeNull()
  })
})
