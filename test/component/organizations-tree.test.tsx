import { describe, expect, it } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { Organization } from '../../shared/contract/organizations'
import { t } from '../../shared/i18n'
import { App } from '../../renderer/src/app/App'
import { installFakeCore } from './fakeTransport'
import { session, status } from './statusFixtures'

const txt = t.organizationsUi.list

function org(
  over: Partial<Organization> & Pick<Organization, 'id' | 'name' | 'kind'>,
): Organization {
  return {
    parentId: null,
    shortName: null,
    level: 'county',
    foundedOn: null,
    sessionNo: null,
    registration: null,
    annualReview: null,
    serviceField: null,
    leaderPersonId: null,
    leaderName: null,
    hostType: null,
    hostOrg: null,
    namedOn: null,
    batch: null,
    peopleCovered: null,
    township: null,
    exclusive: false,
    sort: 0,
    remarks: null,
    siteId: 'unit-1',
    unitCode: '330621',
    ownedHere: true,
    version: 'v1',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    depth: 0,
    path: [over.name],
    memberCount: 0,
    childCount: 0,
    ...over,
  }
}

/** The core's tree order: a base first by name, then the association and its branch. */
const TREE: Organization[] = [
  org({
    id: 'o-base',
    name: '高新园区实践创新基地',
    kind: 'practice_base',
    level: 'province',
    hostType: 'industrial_park',
    batch: '第二批',
    namedOn: '2021-06-18',
  }),
  org({ id: 'o-assoc', name: '县新联会', kind: 'association', childCount: 1, memberCount: 12 }),
  org({
    id: 'o-branch',
    name: '城关镇分会',
    kind: 'branch',
    parentId: 'o-assoc',
    depth: 1,
    level: 'township',
    foundedOn: '2020-03-01',
  }),
]

function treeCore(role: 'admin' | 'viewer') {
  const core = installFakeCore({
    'system.status': () => status({ session: session({ role }) }),
    'organizations.tree': () => TREE,
    'organizations.crossCheck': () => [],
    'dictionaries.list': () => [],
    'organizations.delete': () => null,
  })
  window.location.hash = '#/organizations'
  return core
}

const names = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('cell')[0]!.textContent)

describe('组织', () => {
  it('nests branches under their association, 新联会 before bases, with each kind’s facts', async () => {
    treeCore('viewer')
    render(<App />)
    expect(await screen.findByRole('link', { name: '县新联会' })).toBeTruthy()
    expect(names()).toEqual(['县新联会', '城关镇分会', '高新园区实践创新基地'])
    const base = screen.getByRole('row', { name: /高新园区实践创新基地/ })
    expect(within(base).getByText('产业园区 · 省级 · 第二批 · 2021-06-18 命名')).toBeTruthy()

    // A viewer reads; nothing offers to change anything.
    expect(screen.queryByRole('button', { name: new RegExp(txt.add) })).toBeNull()
    expect(screen.queryByRole('button', { name: new RegExp(txt.posts) })).toBeNull()
    expect(screen.queryByRole('button', { name: t.common.edit })).toBeNull()

    await userEvent.setup().click(screen.getByTitle(txt.families.base!))
    await waitFor(() => expect(names()).toEqual(['高新园区实践创新基地']))
  })

  it('deletes only after a confirmation that says what goes with it', async () => {
    const core = treeCore('admin')
    const user = userEvent.setup()
    render(<App />)
    const row = (await screen.findByRole('link', { name: '县新联会' })).closest('tr')!
    await user.click(within(row).getByRole('button', { name: t.organizationsUi.detail.delete }))
    expect(await screen.findByText(txt.confirmDeleteDetail(12))).toBeTruthy()
    expect(core.callsOf('organizations.delete')).toHaveLength(0)
    const confirm = screen.getByText(txt.confirmDelete('县新联会')).closest('.ant-popover')!
    await user.click(
      within(confirm as HTMLElement).getByRole('button', { name: t.organizationsUi.detail.delete }),
    )
    await waitFor(() => expect(core.callsOf('organizations.delete')).toEqual([{ id: 'o-assoc' }]))
  })
})
