import { describe, expect, it } from 'vitest'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { Activity, ActivityDetail } from '../../shared/contract/activities'
import { BUILT_IN_ACTIVITY_TYPES } from '../../shared/i18n/activities'
import { t } from '../../shared/i18n'
import { App } from '../../renderer/src/app/App'
import { formatYuan, fenToYuan, yuanToFen } from '../../renderer/src/pages/activities/money'
import { installFakeCore } from './fakeTransport'
import { session, status } from './statusFixtures'

const label = {
  title: t.activities.fieldLabels.title!,
  type: t.activities.fieldLabels.type!,
  donationYuan: t.activitiesUi.labels.donationYuan!,
  costYuan: t.activitiesUi.labels.costYuan!,
}
const types = BUILT_IN_ACTIVITY_TYPES.map((e, i) => ({
  ...e,
  sort: i,
  disabled: false,
  builtIn: true,
}))

function stored(over: Partial<Activity> = {}): ActivityDetail {
  return {
    id: 'a-1',
    siteId: 'unit-1',
    unitCode: '330621',
    unitName: '示例县委统战部',
    ownedHere: true,
    version: 'v1',
    createdAt: '2025-05-01T08:00:00.000Z',
    updatedAt: '2025-05-01T08:00:00.000Z',
    type: '10',
    typeName: '公益慈善',
    isTraining: false,
    title: '助学捐赠',
    theme: null,
    status: 'held',
    startDate: '2025-05-20',
    startTime: null,
    endDate: null,
    place: null,
    organizationId: null,
    organizationName: null,
    guideUnits: [],
    hostUnits: [],
    organizerUnits: [],
    coUnits: [],
    plannedCount: null,
    actualCount: null,
    description: null,
    beneficiaries: 40,
    donationFen: 123450,
    goodsFen: 5,
    costFen: null,
    volunteerHours: null,
    onlineViews: null,
    newsLinks: [],
    trainingDays: null,
    trainingLevel: null,
    trainingSchool: null,
    remarks: null,
    attendance: { expected: 0, registered: 0, present: 0, absent: 0, leave: 0, actual: 0 },
    attachmentCount: 0,
    attachments: [],
    ...over,
  }
}

describe('元 on screen, 分 in the core', () => {
  it('converts without float error either way', () => {
    expect(yuanToFen(0.29)).toBe(29)
    expect(yuanToFen(1234.5)).toBe(123450)
    expect(yuanToFen(19.99)).toBe(1999)
    expect(yuanToFen(null)).toBeNull()
    expect(fenToYuan(123450)).toBe(1234.5)
    expect(formatYuan(123450)).toBe('¥1,234.50')
    expect(formatYuan(5)).toBe('¥0.05')
    expect(formatYuan(100_000_000_00)).toBe('¥100,000,000.00')
    expect(formatYuan(null)).toBeNull()
    for (let fen = 0; fen < 1000; fen += 7) expect(yuanToFen(fenToYuan(fen))).toBe(fen)
  })

  it('a new activity sends the donation typed in 元 as 分', async () => {
    const core = installFakeCore({
      'system.status': () => status({ session: session() }),
      'activities.types': () => types,
      'organizations.tree': () => [],
      'activities.create': (input) => ({ ...stored(), ...input, id: 'a-9' }) as Activity,
      'activities.get': () => stored({ id: 'a-9' }),
      'participants.list': () => ({
        activityId: 'a-9',
        summary: stored().attendance,
        items: [],
      }),
    })
    window.location.hash = '#/activities/new'
    const user = userEvent.setup()
    render(<App />)

    await user.type(await screen.findByLabelText(label.title), '助学捐赠')
    await user.click(screen.getByLabelText(label.type))
    await user.click(await screen.findByTitle('公益慈善'))
    await user.type(screen.getByLabelText(label.donationYuan), '1,234.5')
    await user.type(screen.getByLabelText(label.costYuan), '0.29')
    await user.click(screen.getByRole('button', { name: new RegExp(t.activitiesUi.form.save) }))

    await waitFor(() => expect(core.callsOf('activities.create')).toHaveLength(1))
    const sent = core.callsOf('activities.create')[0]!
    expect(sent).toMatchObject({ title: '助学捐赠', type: '10', donationFen: 123450, costFen: 29 })
    expect(sent.goodsFen).toBeNull()
    await waitFor(() => expect(window.location.hash).toBe('#/activities/a-9'))
  })

  it('the page shows ¥ with two decimals, and an edit sends only the changed amount', async () => {
    const core = installFakeCore({
      'system.status': () => status({ session: session() }),
      'activities.types': () => types,
      'organizations.tree': () => [],
      'activities.get': () => stored(),
      'participants.list': () => ({ activityId: 'a-1', summary: stored().attendance, items: [] }),
      'activities.update': (input) => ({ ...stored(), ...input }) as Activity,
    })
    window.location.hash = '#/activities/a-1'
    const user = userEvent.setup()
    render(<App />)

    expect(await screen.findByText('¥1,234.50')).toBeTruthy()
    expect(screen.getByText('¥0.05')).toBeTruthy()

    window.location.hash = '#/activities/a-1/edit'
    const box = await screen.findByLabelText(label.donationYuan)
    expect((box as HTMLInputElement).value).toBe('1234.50')
    await user.clear(box)
    await user.type(box, '1234.56')
    await user.click(screen.getByRole('button', { name: new RegExp(t.activitiesUi.form.save) }))
    await waitFor(() =>
      expect(core.callsOf('activities.update')).toEqual([
        { id: 'a-1', version: 'v1', donationFen: 123456 },
      ]),
    )
  })
})
