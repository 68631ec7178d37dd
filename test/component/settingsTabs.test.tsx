import { describe, expect, it } from 'vitest'
import { render, screen } from '@testing-library/react'
import { t } from '../../shared/i18n'
import type { Role } from '../../shared/contract'
import { App } from '../../renderer/src/app/App'
import { installFakeCore } from './fakeTransport'
import { session, status } from './statusFixtures'

async function tabsSeenBy(role: Role, hash = '#/settings') {
  const core = installFakeCore({
    'system.status': () => status({ session: session({ role }) }),
    'users.list': () => [],
    'settings.get': () => ({ idleLockMinutes: 15 }),
  })
  window.location.hash = hash
  render(<App />)
  await screen.findByText(t.settings.unit.code)
  return { tabs: screen.getAllByRole('tab').map((el) => el.textContent), core }
}

describe('设置 tabs by role', () => {
  it('a viewer sees 本单位 and 上下级单位 only, not 用户管理 or 审计日志', async () => {
    const { tabs } = await tabsSeenBy('viewer')
    expect(tabs).toEqual([t.settings.tabs.unit, t.unitsUi.tab])
    expect(screen.getByText(t.settings.unit.adminOnlyRename)).toBeTruthy()
  })

  it('a viewer who types the users address still gets 本单位, and no user list is asked for', async () => {
    const { tabs, core } = await tabsSeenBy('viewer', '#/settings/users')
    expect(tabs).not.toContain(t.settings.tabs.users)
    expect(core.callsOf('users.list')).toHaveLength(0)
  })

  it('an operator sees no admin tabs either', async () => {
    const { tabs } = await tabsSeenBy('operator')
    expect(tabs).not.toContain(t.settings.tabs.users)
    expect(tabs).not.toContain(t.settings.tabs.audit)
    expect(tabs).not.toContain(t.personsUi.dictionaries.tab)
    expect(tabs).not.toContain(t.personsUi.demo.tab)
  })

  it('an admin sees every tab', async () => {
    const { tabs } = await tabsSeenBy('admin')
    expect(tabs).toEqual([
      t.settings.tabs.unit,
      t.unitsUi.tab,
      t.settings.tabs.users,
      t.personsUi.dictionaries.tab,
      t.suggestionsUi.rules.tab,
      t.settings.tabs.audit,
      t.settings.tabs.backup,
      t.settings.tabs.general,
      t.personsUi.demo.tab,
    ])
  })
})
