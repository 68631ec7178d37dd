import { describe, expect, it } from 'vitest'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { t } from '../../shared/i18n'
import { App } from '../../renderer/src/app/App'
import { fail, installFakeCore } from './fakeTransport'
import { UNIT, session, status } from './statusFixtures'

const PASSWORD = 'Zhengque-mima-2026'

/** A core whose session is locked until the right password arrives. */
function lockedCore() {
  const me = session({ username: 'wangfang', displayName: '王芳' })
  let locked = true
  const core = installFakeCore({
    'system.status': () => status({ session: { ...me, locked } }),
    'auth.unlock': ({ password }) => {
      if (password !== PASSWORD) fail('BAD_CREDENTIALS', t.errorText.attemptsLeft(4))
      locked = false
      return { ...me, locked }
    },
    'auth.logout': () => null,
  })
  return core
}

describe('锁屏', () => {
  it('shows the unit and the display name only, nothing from the pages behind it', async () => {
    lockedCore()
    render(<App />)
    expect(await screen.findByText(t.auth.lockedTitle)).toBeTruthy()
    const text = document.body.textContent ?? ''
    expect(text).toContain(UNIT.name)
    expect(text).toContain('王芳')
    expect(text).not.toContain('wangfang')
    expect(text).not.toContain(UNIT.code)
    expect(screen.queryByRole('menu')).toBeNull()
    expect(screen.queryByText(t.nav.persons)).toBeNull()
  })

  it('stays locked on a wrong password and unlocks with the right one', async () => {
    const core = lockedCore()
    const user = userEvent.setup()
    render(<App />)
    const box = await screen.findByLabelText(t.auth.password)
    await user.type(box, 'cuowu{Enter}')
    expect(await screen.findByText(t.errorText.attemptsLeft(4))).toBeTruthy()
    expect(screen.queryByRole('menu')).toBeNull()

    await user.type(screen.getByLabelText(t.auth.password), `${PASSWORD}{Enter}`)
    expect(await screen.findByRole('menu')).toBeTruthy()
    expect(core.callsOf('auth.unlock')).toEqual([{ password: 'cuowu' }, { password: PASSWORD }])
  })

  it('切换账号 signs out and shows the login', async () => {
    const core = lockedCore()
    core.handle({
      'auth.logout': () => {
        core.handle({ 'system.status': () => status() })
        return null
      },
    })
    const user = userEvent.setup()
    render(<App />)
    await user.click(await screen.findByRole('button', { name: t.auth.switchUser }))
    expect(await screen.findByRole('button', { name: t.auth.loginSubmit })).toBeTruthy()
    expect(core.callsOf('auth.logout')).toHaveLength(1)
  })

  it('the header’s 锁定 locks the screen', async () => {
    let locked = false
    const core = installFakeCore({
      'system.status': () => status({ session: session({ locked }) }),
      'auth.lock': () => {
        locked = true
        return null
      },
    })
    const user = userEvent.setup()
    render(<App />)
    await user.click(await screen.findByRole('button', { name: new RegExp(t.nav.lockNow) }))
    expect(await screen.findByText(t.auth.lockedTitle)).toBeTruthy()
    expect(core.callsOf('auth.lock')).toHaveLength(1)
  })

  it('a call refused as LOCKED brings up the lock screen', async () => {
    let locked = false
    installFakeCore({
      'system.status': () => status({ session: session({ locked }) }),
      'users.list': () => {
        // The core's own idle timer ran out before this call.
        locked = true
        return fail('LOCKED', t.errors.LOCKED)
      },
    })
    window.location.hash = '#/settings/users'
    render(<App />)
    await waitFor(() => expect(screen.getByText(t.auth.lockedTitle)).toBeTruthy())
    expect(screen.queryByRole('menu')).toBeNull()
  })

  it('the session.changed event brings the screen in line with the core', async () => {
    let locked = false
    const core = installFakeCore({
      'system.status': () => status({ session: session({ locked }) }),
    })
    render(<App />)
    expect(await screen.findByRole('menu')).toBeTruthy()
    locked = true
    core.emit('session.changed', { reason: 'locked' })
    expect(await screen.findByText(t.auth.lockedTitle)).toBeTruthy()
  })
})
