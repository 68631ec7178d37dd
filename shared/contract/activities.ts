import { z } from 'zod'
import { attachmentUploadShape, type Attachment, type AttachmentContent } from './attachments'
import { idField, pageField, pageSizeField } from './fields'
import { localDictionaryCode, localDictionaryProcedures } from './localDictionary'
import { BULK_PERSON_LIMIT } from './organizations'
import { personFilterShape } from './persons'
import { regionCodeField } from './fields'
import { procedure } from './procedure'

export const ACTIVITY_STATUSES = ['planned', 'held', 'cancelled'] as const
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number]
export const TRAINING_LEVELS = ['central', 'province', 'city', 'county'] as const
export const PARTICIPANT_ROLES = ['host', 'speaker', 'attendee', 'staff'] as const
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number]
export const ATTENDANCE_STATUSES = ['registered', 'present', 'absent', 'leave'] as const
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number]

/** The built-in activity type that makes an activity a training (counted in 期 and 人次). */
export const TRAINING_TYPE_CODE = '06'

export {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_TYPES,
  type Attachment,
  type AttachmentContent,
  type AttachmentType,
} from './attachments'

/** Money is integer 分 (fen) everywhere: 12.50 元 is 1250. */
export interface ActivityFields {
  type: string
  title: string
  /** The yearly campaign's theme, e.g. 凝聚新力量·筑梦新时代. */
  theme: string | null
  status: ActivityStatus
  /** YYYY-MM-DD. */
  startDate: string
  /** HH:MM, 24-hour. */
  startTime: string | null
  endDate: string | null
  place: string | null
  /** The organization that held it (新联会, 服务团…), if any. */
  organizationId: string | null
  /** 指导 / 主办 / 承办 / 协办 units. */
  guideUnits: string[]
  hostUnits: string[]
  organizerUnits: string[]
  coUnits: string[]
  plannedCount: number | null
  /** 实到 when recorded by hand (walk-ins not in the register); else counted from attendance. */
  actualCount: number | null
  description: string | null
  /** 受益人次. */
  beneficiaries: number | null
  donationFen: number | null
  /** Goods donated, valued in 分. */
  goodsFen: number | null
  costFen: number | null
  volunteerHours: number | null
  onlineViews: number | null
  newsLinks: string[]
  trainingDays: number | null
  trainingLevel: (typeof TRAINING_LEVELS)[number] | null
  /** Host school, e.g. 县社会主义学院. */
  trainingSchool: string | null
  remarks: string | null
}

export interface AttendanceSummary {
  /** 应到: participants on the list. */
  expected: number
  registered: number
  present: number
  absent: number
  leave: number
  /** 实到: the recorded actual count, else those marked present. */
  actual: number
}

export interface Activity extends ActivityFields {
  id: string
  siteId: string
  ownedHere: boolean
  /** The owning unit: a city's list holds its counties' activities too. */
  unitCode: string
  unitName: string
  version: string
  createdAt: string
  updatedAt: string
  typeName: string
  isTraining: boolean
  organizationName: string | null
  attendance: AttendanceSummary
  attachmentCount: number
}

export interface ActivityDetail extends Activity {
  attachments: Attachment[]
}

export interface ActivityPage {
  total: number
  page: number
  pageSize: number
  items: Activity[]
}

export interface Participant {
  id: string
  /** 序号 on the sign-in sheet. */
  seq: number
  personId: string
  name: string
  sex: string | null
  employer: string | null
  jobTitle: string | null
  /** Masked. */
  phone: string | null
  township: string | null
  team: string | null
  role: ParticipantRole
  attendance: AttendanceStatus
  remarks: string | null
}

export interface ParticipantList {
  activityId: string
  summary: AttendanceSummary
  items: Participant[]
}

export interface ParticipantsAddResult {
  /** Persons the request named or matched. */
  matched: number
  added: number
  /** Already on the list. */
  skipped: number
  summary: AttendanceSummary
}

export interface AttendanceResult {
  changed: number
  summary: AttendanceSummary
}

export interface MarkBySeqResult extends AttendanceResult {
  seqs: number[]
  /** Numbers typed more than once (merged). */
  duplicates: number[]
}

export interface PersonParticipation {
  activityId: string
  title: string
  typeName: string
  isTraining: boolean
  startDate: string
  status: ActivityStatus
  role: ParticipantRole
  attendance: AttendanceStatus
}

export interface PersonActivities {
  /** Activities other than trainings attended (marked present, not cancelled). */
  activityCount: number
  /** Trainings attended: 期. */
  trainingCount: number
  /** `参加活动 N 次，培训 N 期`. */
  summaryText: string
  items: PersonParticipation[]
}

const text = (max: number) => z.string().trim().max(max).nullish()
const date = z.string().trim().max(10)
const units = z.array(z.string().trim().min(1).max(100)).max(20)
const count = z.number().int().min(0).max(100_000_000).nullish()
const fen = z.number().int().min(0).max(1e13).nullish()

/** Every field of an activity, no defaults: an update leaves out what it does not change. */
const activityShape = {
  type: z.string().trim().min(1).max(20),
  title: z.string().trim().min(1).max(100),
  theme: text(100),
  status: z.enum(ACTIVITY_STATUSES),
  startDate: date,
  startTime: z.string().trim().max(5).nullish(),
  endDate: date.nullish(),
  place: text(100),
  organizationId: idField.nullish(),
  guideUnits: units.optional(),
  hostUnits: units.optional(),
  organizerUnits: units.optional(),
  coUnits: units.optional(),
  plannedCount: count,
  actualCount: count,
  description: text(5000),
  beneficiaries: count,
  donationFen: fen,
  goodsFen: fen,
  costFen: fen,
  volunteerHours: z.number().min(0).max(100_000_000).nullish(),
  onlineViews: count,
  newsLinks: z.array(z.string().trim().min(1).max(500)).max(20).optional(),
  trainingDays: z.number().min(0).max(1000).nullish(),
  trainingLevel: z.enum(TRAINING_LEVELS).nullish(),
  trainingSchool: text(100),
  remarks: text(1000),
}

export const activityDraftSchema = z.strictObject({
  ...activityShape,
  status: activityShape.status.default('planned'),
})

const participantIds = z.array(idField).min(1).max(BULK_PERSON_LIMIT)
const role = z.enum(PARTICIPANT_ROLES)
const attendance = z.enum(ATTENDANCE_STATUSES)
const typeCode = localDictionaryCode
const typeProcedures = localDictionaryProcedures()

export const activitiesContract = {
  'activities.list': procedure<ActivityPage>()({
    input: z.strictObject({
      year: z.number().int().min(1949).max(2999).optional(),
      type: typeCode.optional(),
      status: z.enum(ACTIVITY_STATUSES).optional(),
      organizationId: idField.optional(),
      /** Words of the title, theme or place. */
      query: z.string().trim().max(100).optional(),
      /** At an upper unit: only these units' activities; absent: every unit's. */
      units: z.array(regionCodeField).max(200).optional(),
      page: pageField,
      pageSize: pageSizeField,
    }),
    access: 'viewer',
  }),
  'activities.get': procedure<ActivityDetail>()({
    input: z.strictObject({ id: idField }),
    access: 'viewer',
  }),
  'activities.create': procedure<Activity>()({
    input: activityDraftSchema,
    access: 'operator',
    audited: true,
  }),
  /** Fields left out stay as they are; a list given replaces the list. */
  'activities.update': procedure<Activity>()({
    input: z
      .strictObject(activityShape)
      .partial()
      .extend({ id: idField, version: z.string().max(40).optional() }),
    access: 'operator',
    audited: true,
  }),
  /** Deletes for good (a tombstone travels upward), with its participants and attachments. */
  'activities.delete': procedure<null>()({
    input: z.strictObject({ id: idField }),
    access: 'admin',
    audited: true,
  }),
  /** What a person took part in, with 参加活动 N 次，培训 N 期. */
  'activities.ofPerson': procedure<PersonActivities>()({
    input: z.strictObject({ personId: idField }),
    access: 'viewer',
  }),
  'activities.types': typeProcedures.list,
  'activities.saveType': typeProcedures.save,
  'activities.deleteType': typeProcedures.remove,
  /** A photo or scan, as base64; stored once per content in the data directory. */
  'activities.addAttachment': procedure<Attachment>()({
    input: z.strictObject({
      activityId: idField,
      ...attachmentUploadShape,
    }),
    access: 'operator',
    audited: true,
  }),
  'activities.attachment': procedure<AttachmentContent>()({
    input: z.strictObject({ id: idField }),
    access: 'viewer',
  }),
  'activities.removeAttachment': procedure<null>()({
    input: z.strictObject({ id: idField }),
    access: 'operator',
    audited: true,
  }),

  'participants.list': procedure<ParticipantList>()({
    input: z.strictObject({ activityId: idField }),
    access: 'viewer',
  }),
  /** Persons picked one by one (search results), in the order given. */
  'participants.add': procedure<ParticipantsAddResult>()({
    input: z.strictObject({
      activityId: idField,
      personIds: participantIds,
      role: role.default('attendee'),
    }),
    access: 'operator',
    audited: true,
  }),
  /** Every live person the persons list would show for this filter, in name order. */
  'participants.addByFilter': procedure<ParticipantsAddResult>()({
    input: z.strictObject({
      activityId: idField,
      filter: z.strictObject(personFilterShape),
      role: role.default('attendee'),
    }),
    access: 'operator',
    audited: true,
  }),
  /** The current members of an organization (and its branches), officers first. */
  'participants.addFromOrganization': procedure<ParticipantsAddResult>()({
    input: z.strictObject({
      activityId: idField,
      organizationId: idField,
      includeBranches: z.boolean().default(false),
      /** Only these posts; all when left out. */
      posts: z.array(typeCode).max(50).optional(),
      role: role.default('attendee'),
    }),
    access: 'operator',
    audited: true,
  }),
  'participants.remove': procedure<AttendanceResult>()({
    input: z.strictObject({ activityId: idField, ids: participantIds }),
    access: 'operator',
    audited: true,
  }),
  'participants.setRole': procedure<AttendanceResult>()({
    input: z.strictObject({ activityId: idField, ids: participantIds, role }),
    access: 'operator',
    audited: true,
  }),
  'participants.setAttendance': procedure<AttendanceResult>()({
    input: z.strictObject({ activityId: idField, ids: participantIds, attendance }),
    access: 'operator',
    audited: true,
  }),
  /** Everyone at once; `onlyRegistered` leaves those already marked as they are. */
  'participants.setAllAttendance': procedure<AttendanceResult>()({
    input: z.strictObject({
      activityId: idField,
      attendance,
      onlyRegistered: z.boolean().default(false),
    }),
    access: 'operator',
    audited: true,
  }),
  /**
   * The 序号 typed from the printed sheet (`1-12，15、18`) get `attendance`; with
   * `othersAs`, everyone else still 已报名 gets that (earlier marks stay). Bad input changes
   * nothing and names each bad item.
   */
  'participants.markBySeq': procedure<MarkBySeqResult>()({
    input: z.strictObject({
      activityId: idField,
      text: z.string().max(2000),
      attendance: attendance.default('present'),
      othersAs: attendance.nullish(),
    }),
    access: 'operator',
    audited: true,
  }),
  /** Renumbers 1…N in the current order; do it before printing, never after. */
  'participants.renumber': procedure<AttendanceResult>()({
    input: z.strictObject({ activityId: idField }),
    access: 'operator',
    audited: true,
  }),
}
