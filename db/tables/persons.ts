import type { Generated } from 'kysely'
import type { Travelling } from '../schema'

export interface PersonsTable extends Travelling {
  /** Local integer key (FTS rowid, list index); never travels. */
  rid: Generated<number>
  purged_at: string | null
  name: string
  former_names: string | null
  sex: string | null
  ethnicity: string | null
  birth_date: string | null
  native_place: string | null
  birth_place: string | null
  id_number: string | null
  political_status: string | null
  political_joined_on: string | null
  political_status2: string | null
  political_joined_on2: string | null
  education: string | null
  degree: string | null
  school_major: string | null
  title: string | null
  title_level: string | null
  employer: string | null
  job_title: string | null
  employer_type: string | null
  township: string | null
  community: string | null
  grid: string | null
  phone: string | null
  email: string | null
  address: string | null
  team: string | null
  talent_level: string | null
  management_level: string | null
  status: string
  status_date: string | null
  status_reason: string | null
  source: string | null
  collected_on: string | null
  remarks: string | null
  performance: string | null
  influence: string | null
  is_demo: number
  name_py: string
  name_initials: string
  id_rev: string | null
  phone_rev: string | null
}

export interface PersonCategoriesTable {
  person_rid: number
  code: string
  detail: string | null
}

export interface PersonTagsTable {
  person_rid: number
  tag: string
}

export interface PersonSeatsTable {
  person_rid: number
  ord: number
  body: 'npc' | 'cppcc'
  session: string | null
  level: string | null
  post: string | null
  term_start: string | null
  term_end: string | null
  sector: string | null
}

export interface PersonPostsTable {
  person_rid: number
  ord: number
  org: string
  post: string | null
  start_date: string | null
  end_date: string | null
}

export interface PersonEducationTable {
  person_rid: number
  ord: number
  school: string
  major: string | null
  education: string | null
  degree: string | null
  start_date: string | null
  end_date: string | null
}

export interface PersonAwardsTable {
  person_rid: number
  ord: number
  name: string
  level: string | null
  awarded_on: string | null
  issuer: string | null
}

export interface DictionariesTable extends Travelling {
  kind: string
  code: string
  name: string
  parent_code: string | null
  sort: number
  disabled: number
}
