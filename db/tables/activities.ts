import type { Travelling } from '../schema'

/** 新联会, 服务团, 实践创新基地…: a tree by parent_id. */
export interface OrganizationsTable extends Travelling {
  parent_id: string | null
  kind: string
  name: string
  short_name: string | null
  /** Administrative level, or for a base the level that named it. */
  level: string | null
  founded_on: string | null
  session_no: string | null
  registration: string | null
  annual_review: string | null
  service_field: string | null
  leader_person_id: string | null
  leader_name: string | null
  host_type: string | null
  host_org: string | null
  named_on: string | null
  batch: string | null
  people_covered: number | null
  township: string | null
  /** 1: its members should not belong to another organization of the same family. */
  exclusive: number
  sort: number
  remarks: string | null
}

/** Person × organization × post × term. */
export interface MembershipsTable extends Travelling {
  organization_id: string
  person_id: string
  post: string
  term: string | null
  start_date: string | null
  end_date: string | null
  remarks: string | null
}

/** Money columns hold integer 分 (fen); JSON columns hold string arrays. */
export interface ActivitiesTable extends Travelling {
  type: string
  title: string
  theme: string | null
  status: string
  start_date: string
  start_time: string | null
  end_date: string | null
  place: string | null
  organization_id: string | null
  guide_units: string
  host_units: string
  organizer_units: string
  co_units: string
  planned_count: number | null
  actual_count: number | null
  description: string | null
  beneficiaries: number | null
  donation_fen: number | null
  goods_fen: number | null
  cost_fen: number | null
  volunteer_hours: number | null
  online_views: number | null
  news_links: string
  training_days: number | null
  training_level: string | null
  training_school: string | null
  remarks: string | null
}

export interface ParticipantsTable extends Travelling {
  activity_id: string
  person_id: string
  /** 序号 on the printed sign-in sheet; kept when others are added or removed. */
  seq: number
  role: string
  attendance: string
  remarks: string | null
}

/** Metadata of a file stored under <dataDir>/attachments by its SHA-256. */
/** A stored file's row, whatever it is attached to. */
export interface AttachedFile extends Travelling {
  sha256: string
  size: number
  mime: string
  file_name: string
  caption: string | null
}

export interface ActivityAttachmentsTable extends AttachedFile {
  activity_id: string
}
