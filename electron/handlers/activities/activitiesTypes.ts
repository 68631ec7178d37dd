import { activityTypeUsage } from '../../../db/repos/activities'
import {
  activityAuditText as audit,
  BUILT_IN_ACTIVITY_TYPES,
} from '../../../shared/i18n/activities'
import { localDictionaryMessages } from '../../../shared/i18n/organizations'
import type { DomainHandlers } from '../../core/handlerTypes'
import {
  deleteDictionaryEntry,
  dictionaryEntries,
  saveDictionaryEntry,
  type LocalDictionary,
} from './activitiesLocalDictionary'

/** DOMAIN.md's activity types as an editable list (kind `activity_type`); 06 is 培训. */
export const ACTIVITY_TYPES: LocalDictionary = {
  kind: 'activity_type',
  builtIns: BUILT_IN_ACTIVITY_TYPES,
  usage: (ctx, code) => activityTypeUsage(ctx.db, code),
  messages: localDictionaryMessages,
}

export const activitiesTypesHandlers: DomainHandlers<
  'activities.types' | 'activities.saveType' | 'activities.deleteType'
> = {
  'activities.types': async (ctx, { includeDisabled }) =>
    (await dictionaryEntries(ctx, ACTIVITY_TYPES)).filter((e) => includeDisabled || !e.disabled),

  'activities.saveType': async (ctx, input) => {
    const entry = await saveDictionaryEntry(ctx, ACTIVITY_TYPES, input)
    ctx.note({
      objectType: 'dictionary',
      objectId: `activity_type:${entry.code}`,
      detail: audit.typeSaved(entry.code, entry.name),
    })
    return entry
  },

  'activities.deleteType': async (ctx, { code }) => {
    const entry = await deleteDictionaryEntry(ctx, ACTIVITY_TYPES, code)
    ctx.note({
      objectType: 'dictionary',
      objectId: `activity_type:${code}`,
      detail: audit.typeDeleted(code, entry.name),
    })
    return null
  },
}
