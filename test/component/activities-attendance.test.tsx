import { describe, expect, it } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type {
  ActivityDetail,
  AttendanceSummary,
  Participant,
} from '../../shared/contract/activities'
import { t } from '../../shared/i18n'
import { App } from '../../renderer/src/app/App'
import { fail, installFakeCore } from './fakeTransport'
import { session, status } from './statusFixtures'

const seqText = t.activities.seqList
const ui = t.activitiesUi

function summaryOf(items: Participant[]): AttendanceSummary {
  const count = (a: Participant['attendance']) => items.filter((p) => p.attendance === a).length
  return {
    expected: items.length,
    registered: count('registered'),
    present: count('present'),
    absent: count('absent'),
    leave: count('leave'),
    actual: count('present'),
  }
}

function participant(seq: number, name: string): Participant {
  return {
    id: `pp-${seq}`,
    seq,
    personId: `p-${seq}`,
    name,
    sex: '1',
    employer: '城关律师事务所',
    jobTitle: '主任',
    phone: '138****5678',
    township: '001',
    team: '1',
    role: 'attendee',
    attendance: 'registered',
    remarks: null,
  }
}

function activity(items: Participant[], over: Partial<ActivityDetail> = {}): ActivityDetail {
  return {
    id: 'a-1',
    siteId: 'unit-1',
    unitCode: '330621',
    unitName: '示例县委统战部',
    ownedHere: true,
    version: 'v1',
    createdAt: '2025-05-01T08:00:00.000Z',
    updatedAt: '2025-05-01T08:00:00.000Z',
    type: '03',
    typeName: '主题研讨',
    isTraining: false,
    title: '新阶层人士座谈会',
    theme: null,
    status: 'held',
    startDate: '2025-05-20',
    startTime: '14:30',
    endDate: null,
    place: '县新联会活动中心',
    organizationId: null,
    organizationName: null,
    guideUnits: [],
    hostUnits: ['县委统战部'],
    organizerUnits: [],
    coUnits: [],
    plannedCount: 3,
    actualCount: null,
    description: null,
    beneficiaries: null,
    donationFen: null,
    goodsFen: null,
    costFen: null,
    volunteerHours: null,
    onlineViews: null,
    newsLinks: [],
    trainingDays: null,
    trainingLevel: null,
    trainingSchool: null,
    remarks: null,
    attendance: summaryOf(items),
    attachmentCount: 0,
    attachments: [],
    ...over,
  }
}

/** A core holding one activity with three participants, marking by 序号 as the core does. */
function attendanceCore(role: 'admin' | 'viewer' = 'admin') {
  const items = [participant(1, '张三'), participant(2, '李四'), participant(3, '王五')]
  const core = installFakeCore({
    'system.status': () => status({ session: session({ role }) }),
    'activities.get': () => activity(items),
    'participants.list': () => ({
      activityId: 'a-1',
      summary: summaryOf(items),
      items: items.map((p) => ({ ...p })),
    }),
    'participants.markBySeq': (input) => {
      const seqs = input.text.split(/[-，、]/).map(Number)
      const chosen = new Set<number>()
      for (let n = Math.min(...seqs); n <= Math.max(...seqs); n++) chosen.add(n)
      for (const p of items) if (chosen.has(p.seq)) p.attendance = input.attendance ?? 'present'
      return {
        changed: chosen.size,
        seqs: [...chosen],
        duplicates: [],
        summary: summaryOf(items),
      }
    },
  })
  window.location.hash = '#/activities/a-1'
  return core
}

describe('活动页：按签到表序号登记出席', () => {
  it('names every bad item before asking the core, and changes nothing', async () => {
    const core = attendanceCore()
    const user = userEvent.setup()
    render(<App />)

    const box = await screen.findByLabelText(ui.seq.label)
    await user.type(box, '1-2，5、x{Enter}')

    const problems = await screen.findByTestId('seq-problems')
    const lines = within(problems)
      .getAllByRole('listitem')
      .map((li) => li.textContent)
    expect(lines).toEqual([seqText.beyond(2, '5', 3), seqText.notANumber(3, 'x')])
    expect(box.getAttribute('aria-invalid')).toBe('true')
    expect(core.callsOf('participants.markBySeq')).toHaveLength(0)
    expect(screen.getByTestId('actual-count').textContent).toContain('0')

    // Typing again clears the complaint; a good list is sent and 实到 follows.
    await user.clear(box)
    expect(screen.queryByTestId('seq-problems')).toBeNull()
    await user.type(box, '1-2{Enter}')
    await waitFor(() =>
      expect(core.callsOf('participants.markBySeq')).toEqual([
        { activityId: 'a-1', text: '1-2', attendance: 'present', othersAs: null },
      ]),
    )
    await waitFor(() => expect(screen.getByTestId('actual-count').textContent).toBe('2人'))
    expect(screen.getByTestId('expected-count').textContent).toBe('3人')
    expect(screen.queryByTestId('seq-problems')).toBeNull()
  })

  it("shows the core's own objection (a number whose participant was removed) on the box", async () => {
    const core = attendanceCore()
    core.handle({
      'participants.markBySeq': () =>
        fail('BAD_INPUT', t.activities.messages.seqProblems(1), [
          { path: 'text', message: seqText.notOnSheet('3') },
        ]),
    })
    const user = userEvent.setup()
    render(<App />)

    await user.type(await screen.findByLabelText(ui.seq.label), '3{Enter}')
    const problems = await screen.findByTestId('seq-problems')
    expect(problems.textContent).toBe(seqText.notOnSheet('3'))
  })

  it('offers viewers no way to change attendance', async () => {
    attendanceCore('viewer')
    render(<App />)
    expect(await screen.findByText('张三')).toBeTruthy()
    expect(screen.queryByLabelText(ui.seq.label)).toBeNull()
    expect(screen.queryByRole('button', { name: new RegExp(ui.participants.add) })).toBeNull()
    expect(screen.queryByRole('button', { name: new RegExp(ui.detail.edit) })).toBeNull()
    // Printing the sheet is for everyone.
    expect(screen.getByRole('button', { name: new RegExp(ui.detail.printSignIn) })).toBeTruthy()
  })
})
