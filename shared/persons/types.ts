/** Record shapes of the person registry, as the contract carries them (camelCase). */

export type SeatBody = 'npc' | 'cppcc'

export interface PersonCategory {
  /** Sub-group code of shared/codes/categories (11, 12, 21, 22, 31, 41). */
  code: string
  /** 细分领域 as text (律师, 网络主播): offered from the editable dictionary, free text allowed. */
  detail: string | null
}

/** 人大代表 (npc) or 政协委员 (cppcc) seat; 界别 only applies to 政协. */
export interface PersonSeat {
  body: SeatBody
  session: string | null
  level: string | null
  post: string | null
  termStart: string | null
  termEnd: string | null
  sector: string | null
}

export interface PersonPost {
  org: string
  post: string | null
  start: string | null
  end: string | null
}

export interface PersonEducation {
  school: string
  major: string | null
  education: string | null
  degree: string | null
  start: string | null
  end: string | null
}

export interface PersonAward {
  name: string
  level: string | null
  date: string | null
  issuer: string | null
}

/** The scalar fields of a person record; codes are stored as codes, dates as YYYY[-MM[-DD]]. */
export interface PersonScalars {
  name: string
  formerNames: string | null
  sex: string | null
  ethnicity: string | null
  birthDate: string | null
  nativePlace: string | null
  birthPlace: string | null
  idNumber: string | null
  politicalStatus: string | null
  politicalJoinedOn: string | null
  politicalStatus2: string | null
  politicalJoinedOn2: string | null
  education: string | null
  degree: string | null
  schoolMajor: string | null
  title: string | null
  titleLevel: string | null
  employer: string | null
  jobTitle: string | null
  employerType: string | null
  township: string | null
  community: string | null
  grid: string | null
  phone: string | null
  email: string | null
  address: string | null
  team: string | null
  talentLevel: string | null
  managementLevel: string | null
  status: string
  statusDate: string | null
  statusReason: string | null
  source: string | null
  collectedOn: string | null
  remarks: string | null
  performance: string | null
  influence: string | null
}

export interface PersonSubRecords {
  categories: PersonCategory[]
  tags: string[]
  seats: PersonSeat[]
  posts: PersonPost[]
  educations: PersonEducation[]
  awards: PersonAward[]
}

/** Everything a person form edits. */
export type PersonFields = PersonScalars & PersonSubRecords

/** A whole record as persons.get answers it. ID number and phone are masked unless revealed. */
export interface PersonDetail extends PersonFields {
  id: string
  siteId: string
  /** True when this installation's unit owns the record and may edit it. */
  ownedHere: boolean
  /** The unit that owns a record of another unit, to name it where the record is read-only. */
  owner?: { code: string; name: string }
  isDemo: boolean
  /** ISO instants derived from the HLC stamps. */
  createdAt: string
  updatedAt: string
  /** The HLC stamp of the last write; send it back with an update to detect a concurrent edit. */
  version: string
  deletedAt: string | null
}

/** One row of the person list (masked). */
export interface PersonListRow {
  id: string
  name: string
  formerNames: string | null
  sex: string | null
  ethnicity: string | null
  birthDate: string | null
  age: number | null
  idNumber: string | null
  phone: string | null
  employer: string | null
  jobTitle: string | null
  categories: string[]
  team: string | null
  talentLevel: string | null
  township: string | null
  community: string | null
  status: string
  politicalStatus: string | null
  politicalStatus2: string | null
  education: string | null
  titleLevel: string | null
  seats: SeatBody[]
  tags: string[]
  isDemo: boolean
  createdAt: string
  updatedAt: string
  /** The unit that owns the record (行政区划代码 and name): this one or a unit below. */
  unitCode: string
  unitName: string
}
