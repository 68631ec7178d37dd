import { describe, expect, it } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { Activity } from '../../shared/contract/activities'
import type { SuggestionDetail } from '../../shared/contract/suggestions'
import { t } from '../../shared/i18n'
import {
  BUILT_IN_SUGGESTION_CHANNELS,
  BUILT_IN_SUGGESTION_KINDS,
} from '../../shared/i18n/suggestions'
import { App } from '../../renderer/src/app/App'
import { installFakeCore, type FakeHandlers } from './fakeTransport'
import { listRow } from './personsFixtures'
import { session, status } from './statusFixtures'

const form = t.suggestionsUi.form
const labels = t.suggestions.fieldLabels
const dictionary = (entries: readonly { code: string; name: string }[]) =>
  entries.map((e, i) => ({ ...e, sort: i, disabled: false, builtIn: true }))

const survey = {
  id: 'act-7',
  title: '民营企业用工情况调研考察',
  startDate: '2026-03-02',
} as Activity

function stored(over: Partial<SuggestionDetail> = {}): SuggestionDetail {
  return {
    id: 's-1',
    siteId: 'unit-1',
    unitCode: '330621',
    unitName: '示例县委统战部',
    ownedHere: true,
    version: 'v1',
    title: '关于优化园区企业用工服务的建议',
    kind: '02',
    kindName: '建议',
    submittedOn: '2026-03-12',
    channel: '01',
    channelName: '新联会简报',
    receivingBody: null,
    summary: null,
    fullText: null,
    status: 'submitted',
    outcome: null,
    activityId: null,
    activityTitle: null,
    attachments: [],
    remarks: null,
    submitters: [
      {
        personId: 'p-1',
        name: '王建国',
        employer: '华达机械有限公司',
        isLead: true,
        inRegister: true,
      },
    ],
    adoptions: [],
    instructions: [],
    score: 5,
    share: 5,
    ruleVersion: 1,
    ...over,
  }
}

function core(more: FakeHandlers = {}) {
  return installFakeCore({
    'system.status': () => status({ session: session() }),
    'suggestions.kinds': () => dictionary(BUILT_IN_SUGGESTION_KINDS),
    'suggestions.channels': () => dictionary(BUILT_IN_SUGGESTION_CHANNELS),
    'persons.search': ({ query }) =>
      [
        listRow({ id: 'p-1', name: '王建国', employer: '华达机械有限公司' }),
        listRow({ id: 'p-2', name: '李晓梅', employer: '明理律师事务所' }),
      ].filter((p) => p.name.startsWith(query)),
    'activities.list': ({ query }) => {
      const items = !query || survey.title.includes(query) ? [survey] : []
      return { total: items.length, page: 1, pageSize: 20, items }
    },
    'suggestions.get': () => stored(),
    ...more,
  })
}

describe('the suggestion form', () => {
  it('sends two register submitters, the lead, a city adoption and the linked activity', async () => {
    const fake = core({
      'suggestions.create': ({ title }) => stored({ id: 's-9', title }),
    })
    window.location.hash = '#/suggestions/new'
    const user = userEvent.setup({ delay: null })
    render(<App />)

    await user.type(await screen.findByLabelText(labels.title!), '关于优化园区企业用工服务的建议')
    await user.type(screen.getByLabelText(labels.submittedOn!), '2026-03-12')
    const picker = screen.getByLabelText(form.registerPicker)
    for (const name of ['王建国', '李晓梅']) {
      await user.type(picker, name)
      await user.click(await screen.findByTitle(new RegExp(`^${name}`)))
    }
    await user.click(screen.getByLabelText(form.lead))
    await user.click(await screen.findByTitle('李晓梅'))

    await user.type(screen.getByLabelText(form.activity), '调研')
    await user.click(await screen.findByTitle(`2026-03-02 ${survey.title}`))

    await user.click(screen.getByRole('button', { name: new RegExp(form.addAdoption) }))
    const adoption = screen.getByTestId('adoption-0')
    await user.type(within(adoption).getByLabelText(form.adoptionBody), '市委办公室')
    await user.click(within(adoption).getByLabelText(form.adoptionLevel))
    await user.click(await screen.findByTitle(t.suggestions.levelNames.city!))
    await user.type(within(adoption).getByLabelText(form.adoptionDate), '2026-04-01')

    await user.click(screen.getByRole('button', { name: new RegExp(form.save) }))
    await waitFor(() => expect(fake.callsOf('suggestions.create')).toHaveLength(1))
    expect(fake.callsOf('suggestions.create')[0]).toMatchObject({
      title: '关于优化园区企业用工服务的建议',
      kind: '02',
      submittedOn: '2026-03-12',
      activityId: 'act-7',
      submitters: [
        { personId: 'p-1', isLead: false },
        { personId: 'p-2', isLead: true },
      ],
      adoptions: [{ body: '市委办公室', level: 'city', adoptedOn: '2026-04-01', how: 'adopted' }],
      instructions: [],
    })
    await waitFor(() => expect(window.location.hash).toBe('#/suggestions/s-9'))
  })

  it('keeps the linked activity on an edit', async () => {
    const fake = core({
      'suggestions.get': () => stored({ activityId: 'act-7', activityTitle: survey.title }),
      'suggestions.update': ({ activityId }) => stored({ activityId: activityId ?? null }),
    })
    window.location.hash = '#/suggestions/s-1/edit'
    const user = userEvent.setup({ delay: null })
    render(<App />)

    const field = await screen.findByLabelText(form.activity)
    const box = field.closest('.ant-select')!
    await waitFor(() => expect(box.textContent).toContain(survey.title))
    await user.click(screen.getByRole('button', { name: new RegExp(form.save) }))
    await waitFor(() => expect(fake.callsOf('suggestions.update')).toHaveLength(1))
    expect(fake.callsOf('suggestions.update')[0]).toMatchObject({ id: 's-1', activityId: 'act-7' })
  })
})
