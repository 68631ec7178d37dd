import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SessionSlot } from '../../electron/core/session'
import { ROSTER_COLUMN_KEYS } from '../../shared/documents/roster'
import { PERSON_EXPORT_COLUMNS } from '../../shared/contract/exports'
import { makeTestCore, type TestCore } from '../helpers/testCore'
import { auditRows, onlyJson, runCli } from './cli-run'
import { activityDraft } from './activity-fixtures'
import { sessionAs, validId } from './persons-fixtures'

// One person whose ID number, phone and birth date a viewer must not be able to piece
// together from any output; a second ID and phones are typed into the free text.
const ID = validId('1985-03-12')
const ID_IN_NOTES = validId('1990-07-21', '456', '330624')
const PHONE = '13812345678'
const PHONE_IN_NOTES = '13987654321'
const BIRTH = '1985-03-12'
const VIEWER_PASSWORD = 'Viewer-pass-123'

let t: TestCore
let viewer: SessionSlot
let personId: string
let activityId: string

beforeAll(async () => {
  t = await makeTestCore()
  const created = await t.ok('persons.create', {
    name: '张三',
    idNumber: ID,
    phone: PHONE,
    birthDate: BIRTH,
    employer: '华达机械有限公司',
    // Spaced and full-width, as people type them into 备注.
    remarks: `其妻身份证 ${ID_IN_NOTES.replace(/(\d{6})(\d{8})/, '$1 $2 ')}，电话 ${PHONE_IN_NOTES}`,
    performance: `曾用证件号 ${[...ID].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('')}`,
    influence: `联系 ${PHONE_IN_NOTES.slice(0, 3)}-${PHONE_IN_NOTES.slice(3, 7)}-${PHONE_IN_NOTES.slice(7)}`,
  })
  personId = created.person.id
  const activity = await t.ok(
    'activities.create',
    activityDraft({
      description: `张三（身份证 ${ID}）发言，联系电话 ${PHONE}`,
      remarks: `补录：${ID_IN_NOTES}`,
    }),
  )
  activityId = activity.id
  await t.ok('participants.add', { activityId, personIds: [personId] })
  viewer = await sessionAs(t, 'viewer', 'viewer1')
})
afterAll(() => t.cleanup())

/** Every way a full value could be written: plain, dotted date, compact date. */
function leaks(all: string): string[] {
  const forbidden = [
    ID,
    ID_IN_NOTES,
    PHONE,
    PHONE_IN_NOTES,
    BIRTH,
    BIRTH.replace(/-/g, '.'),
    BIRTH.replace(/-/g, ''),
    ID.slice(6, 14),
    ID_IN_NOTES.slice(6, 14),
  ]
  const folded = all
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s-]/g, '')
  return forbidden.filter((f) => all.includes(f) || folded.includes(f.replace(/[\s-]/g, '')))
}

async function viewerOk(method: string, input: unknown): Promise<unknown> {
  const r = await t.core.dispatch(viewer, method, input)
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`)
  return r.value
}

async function xlsxText(base64: string): Promise<string> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer)
  const cells: string[] = []
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => cells.push(String(c.value ?? '')))))
  return cells.join('\n')
}

describe('what a viewer can infer (issue 15 §4)', () => {
  it('no output shows a full ID, a full phone or the full birth date, together or apart', async () => {
    const outputs: Record<string, string> = {}
    outputs.list = JSON.stringify(await viewerOk('persons.list', {}))
    outputs.search = JSON.stringify(await viewerOk('persons.search', { query: '张三' }))
    outputs.get = JSON.stringify(await viewerOk('persons.get', { id: personId }))
    outputs.history = JSON.stringify(await viewerOk('persons.history', { id: personId }))
    const exported = (await viewerOk('exports.persons', {
      columns: [...PERSON_EXPORT_COLUMNS],
    })) as { data: string }
    outputs.xlsx = await xlsxText(exported.data)
    outputs.printForm = JSON.stringify(await viewerOk('documents.personForm', { personId }))
    outputs.printRoster = JSON.stringify(
      await viewerOk('documents.roster', {
        source: { kind: 'persons', personIds: [personId] },
        columns: [...ROSTER_COLUMN_KEYS],
      }),
    )

    outputs.activity = JSON.stringify(await viewerOk('activities.get', { id: activityId }))
    outputs.participants = JSON.stringify(await viewerOk('participants.list', { activityId }))
    outputs.ledger = JSON.stringify(await viewerOk('documents.ledger', { year: 2025 }))

    for (const [name, text] of Object.entries(outputs)) expect(leaks(text), name).toEqual([])
    // What the viewer does see: the masked ID and the year of birth.
    for (const name of ['list', 'search', 'get', 'xlsx', 'printForm', 'printRoster', 'activity'])
      expect(outputs[name], name).toContain(`3306**********${ID.slice(-4)}`)
    expect(outputs.get).toContain('"birthDate":"1985"')
    expect(outputs.xlsx).toContain('1985')

    // The operator working on the record still sees its text as typed.
    const asOperator = await t.ok('persons.get', { id: personId })
    expect(asOperator.remarks).toContain(PHONE_IN_NOTES)
    expect(asOperator.birthDate).toBe(BIRTH)
  })

  it('nor does the CLI, run as a viewer in its own process', async () => {
    await t.ok('users.resetPassword', { id: viewer.get()!.userId, password: VIEWER_PASSWORD })
    // A reset password must be changed before anything else.
    const first = await t.core.dispatch(viewer, 'auth.login', {
      username: 'viewer1',
      password: VIEWER_PASSWORD,
    })
    expect(first.ok).toBe(true)
    await t.ok(
      'auth.changePassword',
      { currentPassword: VIEWER_PASSWORD, newPassword: `${VIEWER_PASSWORD}-2` },
      viewer,
    )
    const env = { XINLIAN_PASSWORD: `${VIEWER_PASSWORD}-2` }
    const base = ['--data-dir', t.dir, '--user', 'viewer1', '--json']
    const list = await runCli(['persons', 'list', ...base], env)
    expect(list.code, list.stderr).toBe(0)
    const text = JSON.stringify(onlyJson(list.stdout))
    expect(leaks(text)).toEqual([])
    expect(text).toContain('张三')
  }, 120_000)
})

describe('searching by a whole ID or phone number (issue 15 §4)', () => {
  it('is audited with the number masked, for every role', async () => {
    await t.ok('persons.search', { query: ID })
    const rows = auditRows(t.dir).filter((r) => r.action === 'persons.search')
    expect(rows.at(-1)!.detail).toContain(`3306**********${ID.slice(-4)}`)
    expect(JSON.stringify(rows)).not.toContain(ID)
  })

  it('is limited per hour for a viewer, and a viewer typing digits learns only the shown tail', async () => {
    const slot = await sessionAs(t, 'viewer', 'viewer2')
    const search = (query: string) => t.core.dispatch(slot, 'persons.search', { query })
    // Partial digits: matched on the last four only, the part the masked value shows.
    const wrongMiddle = `${ID.slice(0, 10)}9999${ID.slice(14)}`.slice(4)
    const partial = await search(wrongMiddle)
    expect(partial.ok && (partial.value as { id: string }[]).map((p) => p.id)).toContain(personId)

    let refused = null
    for (let i = 0; i < 40 && !refused; i++) {
      const r = await search(i % 2 ? ID : PHONE)
      if (!r.ok) refused = { at: i, error: r.error }
    }
    expect(refused?.error.code).toBe('TOO_MANY_ATTEMPTS')
    expect(refused!.at).toBeLessThanOrEqual(20)
    const denied = auditRows(t.dir).filter(
      (r) => r.action === 'persons.search' && r.result === 'denied',
    )
    expect(denied.length).toBeGreaterThan(0)
    // An operator is audited but not limited.
    expect((await t.core.dispatch(t.slot, 'persons.search', { query: ID })).ok).toBe(true)
  })
})

describe('a mistyped username (issue 15 §4)', () => {
  it('is stored masked: people type passwords into the username box', async () => {
    const typed = 'Secret-Passw0rd-9'
    const r = await t.core.dispatch(t.slot, 'auth.login', { username: typed, password: 'x' })
    expect(r.ok).toBe(false)
    const all = JSON.stringify(auditRows(t.dir))
    expect(all).not.toContain(typed)
    expect(all).not.toContain('ecret')
  })
})
