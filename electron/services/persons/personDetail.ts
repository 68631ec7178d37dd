import type { PersonRecord } from '../../../db/repos/persons'
import { maskPerson } from '../../../shared/persons/maskPerson'
import type { PersonDetail } from '../../../shared/persons/types'
import { hlcToIso } from './stamps'

/** The record as persons.get answers it: masked, with ownership and readable times. */
export function toPersonDetail(record: PersonRecord, selfUnitId: string | null): PersonDetail {
  return maskPerson({
    ...record.fields,
    id: record.id,
    siteId: record.siteId,
    ownedHere: record.siteId === selfUnitId,
    isDemo: record.isDemo,
    createdAt: hlcToIso(record.createdAt),
    updatedAt: hlcToIso(record.updatedAt),
    version: record.updatedAt,
    deletedAt: record.deletedAt ? hlcToIso(record.deletedAt) : null,
  })
}
