import { describe, expect, it } from 'vitest'
import { PRINT_ROUTE_PATTERN } from '../../shared/contract/print'
import {
  KEY_REGISTRATION_PATH,
  ledgerPrintPath,
  lockedReportPrintPath,
  personPrintPath,
  recoveryKeyPrintPath,
  reportPrintPath,
  statusBoardPrintPath,
  suggestionLedgerPrintPath,
  rosterPrintPath,
  signInPrintPath,
  type RosterPrintSource,
} from '../../renderer/src/print/printLinks'
import { hashQuery, rosterRequest, signInOptions } from '../../renderer/src/print/printQuery'

describe('print routes', () => {
  it('are stable addresses the print procedures accept', () => {
    const paths = [
      signInPrintPath('0190ab', { blankRows: 12, showPhone: true }),
      rosterPrintPath({ kind: 'organization', organizationId: 'org-1', includeBranches: true }),
      rosterPrintPath(
        { kind: 'filter', filter: { townships: ['01'], query: '张 三' } },
        { columns: ['name', 'phone'], unmasked: true, title: '城关镇代表人士' },
      ),
      ledgerPrintPath(2025, { includePlanned: true }),
      personPrintPath('p/1'),
      suggestionLedgerPrintPath(2025),
      reportPrintPath('t-1', '2026Q1'),
      lockedReportPrintPath('l-1'),
      KEY_REGISTRATION_PATH,
      statusBoardPrintPath('2026年第一季度'),
      recoveryKeyPrintPath('7K2M-AB12'),
      recoveryKeyPrintPath(),
    ]
    expect(paths[0]).toBe('/print/sign-in/0190ab?blank=12&phone=1')
    expect(paths[3]).toBe('/print/ledger/2025?planned=1')
    expect(paths[4]).toBe('/print/person/p%2F1')
    expect(paths[9]).toBe(`/print/status-board?period=${encodeURIComponent('2026年第一季度')}`)
    expect(paths[10]).toBe('/print/recovery-key?key=7K2M-AB12')
    expect(paths[11]).toBe('/print/recovery-key')
    for (const p of paths) expect(p, p).toMatch(PRINT_ROUTE_PATTERN)
  })

  it('carry a roster source and its options through the query unchanged', () => {
    const sources: RosterPrintSource[] = [
      { kind: 'organization', organizationId: 'org-1', includeBranches: true },
      { kind: 'activity', activityId: 'act-9' },
      { kind: 'persons', personIds: ['a', 'b', 'c'] },
      { kind: 'filter', filter: { townships: ['01'], ageMin: 30, seat: 'any', query: '张 三&?' } },
    ]
    for (const source of sources) {
      const path = rosterPrintPath(source, { columns: ['phone', 'name'], title: '名册' })
      const req = rosterRequest(hashQuery(path))!
      const back = source.kind === 'organization' ? { ...source, includeBranches: true } : source
      expect(req.input.source).toEqual(back)
      expect(req.input.columns).toEqual(['phone', 'name'])
      expect(req.input.title).toBe('名册')
      expect(req.unmasked).toBe(false)
    }
    expect(
      rosterRequest(hashQuery(rosterPrintPath(sources[1]!, { unmasked: true })))!.unmasked,
    ).toBe(true)
  })

  it('list everyone by default, and refuse a filter that is not an object', () => {
    expect(rosterRequest(hashQuery('/print/roster'))!.input.source).toEqual({
      kind: 'filter',
      filter: {},
    })
    expect(rosterRequest(hashQuery('/print/roster?filter=%7Bbad'))).toBeNull()
    expect(rosterRequest(hashQuery('/print/roster?filter=%5B1%5D'))).toBeNull()
    expect(rosterRequest(hashQuery('/print/roster?cols=name,nope,phone'))!.input.columns).toEqual([
      'name',
      'phone',
    ])
  })

  it('read sign-in options with their defaults and bounds', () => {
    expect(signInOptions(hashQuery('/print/sign-in/1'))).toEqual({
      blankRows: 10,
      showPhone: false,
      showSignTime: false,
    })
    expect(signInOptions(hashQuery('?blank=0&signTime=1')).blankRows).toBe(0)
    expect(signInOptions(hashQuery('?blank=999')).blankRows).toBe(200)
    expect(signInOptions(hashQuery('?blank=-3')).blankRows).toBe(0)
    expect(signInOptions(hashQuery('?blank=abc')).blankRows).toBe(10)
  })
})
