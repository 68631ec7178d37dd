import { describe, expect, it } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { t } from '../../shared/i18n'
import type { DictionaryEntry } from '../../shared/contract'
import { App } from '../../renderer/src/app/App'
import { fail, installFakeCore } from './fakeTransport'
import { TOWNSHIPS } from './personsFixtures'
import { session, status } from './statusFixtures'

const dict = t.personsUi.dictionaries
const demo = t.personsUi.demo

describe('设置 → 字典管理', () => {
  it('adds a community under a township, and shows why an entry in use cannot be deleted', async () => {
    const entries: DictionaryEntry[] = [...TOWNSHIPS]
    const core = installFakeCore({
      'system.status': () => status({ session: session() }),
      'dictionaries.list': () => entries.map((e) => ({ ...e })),
      'dictionaries.save': (input) => {
        const entry: DictionaryEntry = {
          kind: input.kind,
          code: '00101',
          name: input.name,
          parentCode: input.parentCode ?? null,
          sort: 0,
          disabled: input.disabled ?? false,
          builtIn: false,
        }
        entries.push(entry)
        return entry
      },
      'dictionaries.delete': () => fail('CONFLICT', t.persons.dictionaryMessages.inUse(3)),
    })
    window.location.hash = '#/settings/dictionaries'
    const user = userEvent.setup()
    render(<App />)

    expect(await screen.findByRole('cell', { name: '城关街道' })).toBeTruthy()
    await user.click(screen.getByText(t.persons.dictionaryKinds.community!))
    await user.click(screen.getByRole('button', { name: new RegExp(dict.add) }))
    const dialog = await screen.findByRole('dialog')
    await user.type(within(dialog).getByLabelText(dict.name), '北门社区')
    await user.click(within(dialog).getByLabelText(dict.parentTownship))
    await user.click(await screen.findByTitle('城关街道'))
    await user.click(within(dialog).getByRole('button', { name: t.common.save }))

    await waitFor(() =>
      expect(core.callsOf('dictionaries.save')).toEqual([
        { kind: 'community', name: '北门社区', parentCode: '001', disabled: false },
      ]),
    )
    const row = (await screen.findByRole('cell', { name: '北门社区' })).closest('tr')!
    expect(within(row).getByText('城关街道')).toBeTruthy()

    await user.click(within(row).getByRole('button', { name: dict.delete }))
    await user.click(await screen.findByRole('button', { name: t.common.ok }))
    expect(await screen.findByText(t.persons.dictionaryMessages.inUse(3))).toBeTruthy()
  })
})

describe('设置 → 演示数据', () => {
  it('is refused, and says why, once real persons are registered', async () => {
    const core = installFakeCore({
      'system.status': () => status({ session: session() }),
      'persons.count': (input) => ({ count: input.isDemo ? 0 : 12 }),
    })
    window.location.hash = '#/settings/demo'
    render(<App />)
    expect(await screen.findByText(demo.refusedReal(12))).toBeTruthy()
    const load = screen.getByRole('button', { name: new RegExp(demo.load) })
    expect(load.hasAttribute('disabled')).toBe(true)
    expect(core.callsOf('persons.loadDemo')).toHaveLength(0)
  })

  it('loads the chosen scale after confirmation and says how many', async () => {
    let demoCount = 0
    const core = installFakeCore({
      'system.status': () => status({ session: session() }),
      'persons.count': (input) => ({ count: input.isDemo ? demoCount : 0 }),
      'persons.loadDemo': () => {
        demoCount = 5000
        return { inserted: 5000, ms: 1200 }
      },
      'dictionaries.list': () => TOWNSHIPS,
    })
    window.location.hash = '#/settings/demo'
    const user = userEvent.setup()
    render(<App />)
    await screen.findByText(demo.counts(0, 0))
    await user.click(screen.getByRole('button', { name: new RegExp(demo.load) }))
    const dialog = await screen.findByRole('dialog', { name: demo.confirmTitle })
    await user.click(within(dialog).getByRole('button', { name: demo.load }))
    await waitFor(() =>
      expect(core.callsOf('persons.loadDemo')).toEqual([{ scale: 'county', seed: 1 }]),
    )
    expect((await screen.findAllByText(demo.done(5000, '1.2'))).length).toBeGreaterThan(0)
    expect(await screen.findByText(demo.counts(0, 5000))).toBeTruthy()
  })
})
