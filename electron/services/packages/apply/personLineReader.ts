import {
  PERSON_LINE_COLUMNS,
  type PersonLineColumn,
} from '../../../../shared/packages/travellingTables'
import type { PersonFields } from '../../../../shared/persons/types'

/** Where each value the apply reads lies in a line: its index, or past the end when absent. */
type Positions = Record<PersonLineColumn, number>

/**
 * A format-2 person line (an array, PERSON_LINE_COLUMNS of shared/packages/travellingTables)
 * as the object a format-1 line parses to, by the sender's column list: the apply reads both
 * alike. A column the sender's schema lacked reads as absent (the apply takes it as null); one
 * this schema does not know is left out. Every key is written out, not looped over: an object
 * literal of one shape is made twice as fast as one filled key by key (a county's 5,000 lines,
 * parsing included: ~9 ms against ~18, and ~55 for a template's copy filled so), which would
 * have cost what the array saves in parsing.
 */
export function personLineReader(
  columns: readonly string[],
): (values: readonly unknown[]) => Record<string, unknown> {
  const index = new Map(columns.map((c, i) => [c, i]))
  const p = Object.fromEntries(
    PERSON_LINE_COLUMNS.map((c) => [c, index.get(c) ?? columns.length]),
  ) as Positions
  return (v) => ({
    id: v[p.id],
    site_id: v[p.site_id],
    created_at: v[p.created_at],
    updated_at: v[p.updated_at],
    deleted_at: v[p.deleted_at],
    purged_at: v[p.purged_at],
    name_py: v[p.name_py],
    name_initials: v[p.name_initials],
    fields: {
      name: v[p.name],
      formerNames: v[p.formerNames],
      sex: v[p.sex],
      ethnicity: v[p.ethnicity],
      birthDate: v[p.birthDate],
      nativePlace: v[p.nativePlace],
      birthPlace: v[p.birthPlace],
      idNumber: v[p.idNumber],
      politicalStatus: v[p.politicalStatus],
      politicalJoinedOn: v[p.politicalJoinedOn],
      politicalStatus2: v[p.politicalStatus2],
      politicalJoinedOn2: v[p.politicalJoinedOn2],
      education: v[p.education],
      degree: v[p.degree],
      schoolMajor: v[p.schoolMajor],
      title: v[p.title],
      titleLevel: v[p.titleLevel],
      employer: v[p.employer],
      jobTitle: v[p.jobTitle],
      employerType: v[p.employerType],
      township: v[p.township],
      community: v[p.community],
      grid: v[p.grid],
      phone: v[p.phone],
      email: v[p.email],
      address: v[p.address],
      team: v[p.team],
      talentLevel: v[p.talentLevel],
      managementLevel: v[p.managementLevel],
      status: v[p.status],
      statusDate: v[p.statusDate],
      statusReason: v[p.statusReason],
      source: v[p.source],
      collectedOn: v[p.collectedOn],
      remarks: v[p.remarks],
      performance: v[p.performance],
      influence: v[p.influence],
      categories: v[p.categories],
      tags: v[p.tags],
      seats: v[p.seats],
      posts: v[p.posts],
      educations: v[p.educations],
      awards: v[p.awards],
    } satisfies Record<keyof PersonFields, unknown>,
  })
}
