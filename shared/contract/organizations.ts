import { z } from 'zod'
import { idField, regionCodeField } from './fields'
import { procedure } from './procedure'
import { localDictionaryCode, localDictionaryProcedures } from './localDictionary'

export type { LocalDictionaryEntry } from './localDictionary'

export const ORG_KINDS = [
  'association',
  'branch',
  'service_team',
  'service_unit',
  'practice_base',
  'other',
] as const
export type OrgKind = (typeof ORG_KINDS)[number]

/** Cross-membership is checked within a family: a 新联会 and its branches are one family. */
export const ORG_KIND_FAMILY: Record<OrgKind, string> = {
  association: 'association',
  branch: 'association',
  service_team: 'service',
  service_unit: 'service',
  practice_base: 'base',
  other: 'other',
}

export const ORG_LEVELS = ['national', 'province', 'city', 'county', 'township'] as const
export const ORG_REGISTRATIONS = ['registered', 'filed', 'none'] as const
export const BASE_HOST_TYPES = [
  'industrial_park',
  'town',
  'community',
  'office_building',
  'platform_company',
  'hub_org',
] as const

/** How many persons one bulk call may add (memberships, participants). */
export const BULK_PERSON_LIMIT = 5_000

export interface OrganizationFields {
  parentId: string | null
  kind: OrgKind
  name: string
  shortName: string | null
  /** Administrative level; for a 实践创新基地 the level that named it. */
  level: (typeof ORG_LEVELS)[number] | null
  foundedOn: string | null
  /** 届次, e.g. 第二届. */
  sessionNo: string | null
  registration: (typeof ORG_REGISTRATIONS)[number] | null
  /** 年检: free text such as `2024 年度合格`. */
  annualReview: string | null
  /** 分团/服务队: 法律, 医疗, 教育, 科技… */
  serviceField: string | null
  leaderPersonId: string | null
  leaderName: string | null
  hostType: (typeof BASE_HOST_TYPES)[number] | null
  hostOrg: string | null
  namedOn: string | null
  batch: string | null
  peopleCovered: number | null
  /** 乡镇（街道） dictionary code. */
  township: string | null
  /** Its members should not belong to another organization of the same family. */
  exclusive: boolean
  sort: number
  remarks: string | null
}

export interface Organization extends OrganizationFields {
  id: string
  siteId: string
  ownedHere: boolean
  /** HLC stamp of the last write: send it back with an update. */
  version: string
  createdAt: string
  updatedAt: string
  /** Depth in the tree, 0 for a root. */
  depth: number
  /** Names from the root down to this organization. */
  path: string[]
  /** Current members (memberships without an end date in the past). */
  memberCount: number
  childCount: number
}

export interface OrganizationDetail extends Organization {
  ancestors: { id: string; name: string }[]
  children: Organization[]
}

export interface Membership {
  id: string
  organizationId: string
  organizationName: string
  /** `县新联会 / 城关分会`. */
  organizationPath: string
  personId: string
  personName: string
  personSex: string | null
  personEmployer: string | null
  personJobTitle: string | null
  post: string
  postName: string
  term: string | null
  startDate: string | null
  endDate: string | null
  /** No end date, or an end date today or later. */
  active: boolean
  remarks: string | null
  version: string
}

export interface CrossMembershipWarning {
  personId: string
  personName: string
  /** The organization that forbids cross-membership. */
  organizationId: string
  organizationName: string
  otherOrganizationId: string
  otherOrganizationName: string
  message: string
}

export interface MembershipAddResult {
  added: number
  /** Already members for that term. */
  skipped: number
  warnings: CrossMembershipWarning[]
}

export interface PersonMemberships {
  memberships: Membership[]
  warnings: CrossMembershipWarning[]
}

const text = (max: number) => z.string().trim().max(max).nullish()
const date = z.string().trim().max(10).nullish()

export const organizationDraftSchema = z.strictObject({
  parentId: idField.nullish(),
  kind: z.enum(ORG_KINDS),
  name: z.string().trim().min(1).max(60),
  shortName: text(30),
  level: z.enum(ORG_LEVELS).nullish(),
  foundedOn: date,
  sessionNo: text(20),
  registration: z.enum(ORG_REGISTRATIONS).nullish(),
  annualReview: text(60),
  serviceField: text(30),
  leaderPersonId: idField.nullish(),
  leaderName: text(30),
  hostType: z.enum(BASE_HOST_TYPES).nullish(),
  hostOrg: text(100),
  namedOn: date,
  batch: text(30),
  peopleCovered: z.number().int().min(0).max(100_000_000).nullish(),
  township: text(20),
  exclusive: z.boolean().optional(),
  sort: z.number().int().min(0).max(1_000_000).optional(),
  remarks: text(1000),
})

const postCode = localDictionaryCode
const postProcedures = localDictionaryProcedures()

export const organizationsContract = {
  /** Every live organization in tree order (parents before children, siblings by sort, name). */
  'organizations.tree': procedure<Organization[]>()({
    /** At an upper unit: only these units' organizations; absent: every unit's. */
    input: z.strictObject({ units: z.array(regionCodeField).max(200).optional() }),
    access: 'viewer',
  }),
  'organizations.get': procedure<OrganizationDetail>()({
    input: z.strictObject({ id: idField }),
    access: 'viewer',
  }),
  'organizations.create': procedure<Organization>()({
    input: organizationDraftSchema,
    access: 'operator',
    audited: true,
  }),
  /** Fields left out stay as they are. */
  'organizations.update': procedure<Organization>()({
    input: organizationDraftSchema
      .partial()
      .extend({ id: idField, version: z.string().max(40).optional() }),
    access: 'operator',
    audited: true,
  }),
  /** Refused while it has live children; its memberships go with it. */
  'organizations.delete': procedure<null>()({
    input: z.strictObject({ id: idField }),
    access: 'admin',
    audited: true,
  }),
  'organizations.members': procedure<Membership[]>()({
    input: z.strictObject({
      id: idField,
      /** Members of its branches too. */
      includeBranches: z.boolean().default(false),
      /** Former members (ended terms) as well. */
      includeEnded: z.boolean().default(false),
    }),
    access: 'viewer',
  }),
  /** Persons in an organization that forbids cross-membership who belong to another one. */
  'organizations.crossCheck': procedure<CrossMembershipWarning[]>()({
    input: z.strictObject({ id: idField.optional() }),
    access: 'viewer',
  }),
  'organizations.posts': postProcedures.list,
  'organizations.savePost': postProcedures.save,
  'organizations.deletePost': postProcedures.remove,
  'memberships.add': procedure<MembershipAddResult>()({
    input: z.strictObject({
      organizationId: idField,
      personIds: z.array(idField).min(1).max(BULK_PERSON_LIMIT),
      post: postCode,
      term: text(20),
      startDate: date,
    }),
    access: 'operator',
    audited: true,
  }),
  'memberships.update': procedure<Membership>()({
    input: z.strictObject({
      id: idField,
      post: postCode.optional(),
      term: text(20),
      startDate: date,
      endDate: date,
      remarks: text(500),
    }),
    access: 'operator',
    audited: true,
  }),
  /** Removes a record entered by mistake; a term that ended gets an end date instead. */
  'memberships.remove': procedure<null>()({
    input: z.strictObject({ id: idField }),
    access: 'operator',
    audited: true,
  }),
  'memberships.ofPerson': procedure<PersonMemberships>()({
    input: z.strictObject({ personId: idField }),
    access: 'viewer',
  }),
}
