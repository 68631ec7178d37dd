import { afterEach, describe, expect, it } from 'vitest'
import type { Input, Method } from '../../../shared/contract'
import { activityDraft } from '../activity-fixtures'
import { person, validId } from '../persons-fixtures'
import { count, exportTo, offices, type Offices } from './exchange-fixtures'

let o: Offices
afterEach(() => o?.cleanup())

describe('rows of another unit are read-only at the city', () => {
  it('every write handler refuses a county row, naming the county, and changes nothing', async () => {
    o = await offices()
    const { county, city } = o
    const p = await county.ok(
      'persons.create',
      person({ name: '王五', idNumber: validId('1980-05-05') }),
    )
    const org = await county.ok('organizations.create', {
      kind: 'association',
      name: '示例县新联会',
    })
    const m = await county.ok('memberships.add', {
      organizationId: org.id,
      personIds: [p.person.id],
      post: '01',
    })
    const act = await county.ok('activities.create', activityDraft())
    await county.ok('participants.add', { activityId: act.id, personIds: [p.person.id] })
    const pdf = Buffer.from('%PDF-1.7 调研报告').toString('base64')
    // Files stay home: the city can attach nothing to the county's activity either.
    await county.ok('activities.addAttachment', {
      activityId: act.id,
      fileName: '合影.pdf',
      base64: pdf,
    })
    const s = await county.ok('suggestions.create', {
      title: '关于优化营商环境的建议',
      kind: '02',
      submittedOn: '2026-04-10',
      submitters: [{ personId: p.person.id, isLead: true }],
    })
    const participants = await county.ok('participants.list', { activityId: act.id })
    const partId = participants.items[0]!.id
    const membershipId = (await county.ok('organizations.members', { id: org.id })).find(
      (x) => x.personId === p.person.id,
    )!.id
    expect(m.added).toBe(1)

    const full = await exportTo(county)
    const imported = await city.ok('packages.import', { data: full.data, fileName: full.fileName })
    expect(imported.status).toBe('applied')
    expect(imported.counts.participants!.inserted).toBe(1)

    const attempts: [Method, unknown][] = [
      ['persons.update', { id: p.person.id, employer: '改' }],
      ['persons.delete', { id: p.person.id }],
      ['organizations.update', { id: org.id, kind: 'association', name: '改名' }],
      ['organizations.delete', { id: org.id }],
      ['memberships.update', { id: membershipId, remarks: '改' }],
      ['memberships.remove', { id: membershipId }],
      ['activities.update', { id: act.id, actualCount: 3 }],
      ['activities.delete', { id: act.id }],
      ['participants.setRole', { activityId: act.id, ids: [partId], role: 'host' }],
      ['participants.setAttendance', { activityId: act.id, ids: [partId], attendance: 'present' }],
      ['participants.remove', { activityId: act.id, ids: [partId] }],
      ['activities.addAttachment', { activityId: act.id, fileName: 'x.pdf', base64: pdf }],
      ['suggestions.update', { id: s.id, title: '改' }],
      ['suggestions.delete', { id: s.id }],
      ['suggestions.addAttachment', { suggestionId: s.id, fileName: 'x.pdf', base64: pdf }],
    ]
    const before = count(city, 'SELECT count(*) FROM change_log')
    for (const [method, input] of attempts) {
      const r = await city.core.call(city.slot, method, input as Input<typeof method>)
      expect(r.ok, method).toBe(false)
      if (!r.ok) {
        expect(r.error.code, method).toBe('FORBIDDEN')
        expect(r.error.message, method).toContain('330621 示例县委统战部')
      }
    }
    expect(count(city, 'SELECT count(*) FROM change_log')).toBe(before)
  })
})
