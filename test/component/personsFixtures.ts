import type { DictionaryEntry, PersonDetail, PersonListRow, Role } from '../../shared/contract'
import { installFakeCore, type FakeHandlers } from './fakeTransport'
import { session, status } from './statusFixtures'

/** A masked list row; only what a test names differs. */
export function listRow(over: Partial<PersonListRow> = {}): PersonListRow {
  return {
    id: 'p-1',
    name: '张三',
    formerNames: null,
    sex: '1',
    ethnicity: '01',
    birthDate: '1985-03-12',
    age: 41,
    idNumber: '3306**********1234',
    phone: '138****5678',
    employer: '华达机械有限公司',
    jobTitle: '总经理',
    categories: ['11'],
    team: '1',
    talentLevel: null,
    township: null,
    community: null,
    status: '1',
    politicalStatus: '05',
    politicalStatus2: null,
    education: '21',
    titleLevel: null,
    seats: [],
    tags: [],
    isDemo: false,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-02T00:00:00.000Z',
    unitCode: '330621',
    unitName: '示例县委统战部',
    ...over,
  }
}

/** A whole (masked) record as persons.get answers it. */
export function personDetail(over: Partial<PersonDetail> = {}): PersonDetail {
  return {
    id: 'p-1',
    siteId: 'unit-1',
    ownedHere: true,
    isDemo: false,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-02T00:00:00.000Z',
    version: 'hlc-1',
    deletedAt: null,
    name: '张三',
    formerNames: null,
    sex: '1',
    ethnicity: '01',
    birthDate: '1985-03-12',
    nativePlace: null,
    birthPlace: null,
    idNumber: '3306**********1234',
    politicalStatus: '05',
    politicalJoinedOn: null,
    politicalStatus2: null,
    politicalJoinedOn2: null,
    education: '21',
    degree: null,
    schoolMajor: null,
    title: null,
    titleLevel: null,
    employer: '华达机械有限公司',
    jobTitle: '总经理',
    employerType: null,
    township: null,
    community: null,
    grid: null,
    phone: '138****5678',
    email: null,
    address: null,
    team: '1',
    talentLevel: null,
    managementLevel: null,
    status: '1',
    statusDate: null,
    statusReason: null,
    source: null,
    collectedOn: null,
    remarks: null,
    performance: null,
    influence: null,
    categories: [{ code: '11', detail: null }],
    tags: [],
    seats: [],
    posts: [],
    educations: [],
    awards: [],
    ...over,
  }
}

export const TOWNSHIPS: DictionaryEntry[] = [
  {
    kind: 'township',
    code: '001',
    name: '城关街道',
    parentCode: null,
    sort: 0,
    disabled: false,
    builtIn: false,
  },
]

/**
 * A fake core serving a register of `rows` to a signed-in user of `role`, plus whatever
 * procedures the test adds.
 */
export function personsCore(
  rows: PersonListRow[],
  opts: { role?: Role; userId?: string; hash?: string; more?: FakeHandlers } = {},
) {
  const core = installFakeCore({
    'system.status': () =>
      status({ session: session({ role: opts.role ?? 'admin', userId: opts.userId ?? 'user-1' }) }),
    'dictionaries.list': () => TOWNSHIPS,
    'persons.count': () => ({ count: 0 }),
    'persons.list': (input) => ({
      total: rows.length,
      page: input.page ?? 1,
      pageSize: input.pageSize ?? 50,
      items: rows.slice(
        ((input.page ?? 1) - 1) * (input.pageSize ?? 50),
        (input.page ?? 1) * (input.pageSize ?? 50),
      ),
    }),
    ...opts.more,
  })
  window.location.hash = opts.hash ?? '#/persons'
  return core
}

/**
 * jsdom lays nothing out, so the list's scroll box would measure 0×0 and show no rows; give
 * it the size of a typical window for the virtual list to fill.
 */
export function layOutPersonGrid(): void {
  for (const [prop, size] of [
    ['clientHeight', 600],
    ['clientWidth', 1200],
  ] as const) {
    const original = Object.getOwnPropertyDescriptor(Element.prototype, prop)!
    Object.defineProperty(HTMLElement.prototype, prop, {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains('pl-scroll') ? size : (original.get!.call(this) as number)
      },
    })
  }
}
