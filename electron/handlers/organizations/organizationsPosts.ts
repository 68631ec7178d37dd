import { postUsage } from '../../../db/repos/memberships'
import {
  BUILT_IN_ORG_POSTS,
  organizationAuditText as audit,
  localDictionaryMessages,
} from '../../../shared/i18n/organizations'
import type { DomainHandlers } from '../../core/handlerTypes'
import {
  deleteDictionaryEntry,
  dictionaryEntries,
  saveDictionaryEntry,
  type LocalDictionary,
} from '../activities/activitiesLocalDictionary'

/** 会长, 常务副会长… as an editable list (kind `org_post` of the dictionaries table). */
export const ORG_POSTS: LocalDictionary = {
  kind: 'org_post',
  builtIns: BUILT_IN_ORG_POSTS,
  usage: (ctx, code) => postUsage(ctx.sqlite, code),
  messages: localDictionaryMessages,
}

export const organizationsPostsHandlers: DomainHandlers<
  'organizations.posts' | 'organizations.savePost' | 'organizations.deletePost'
> = {
  'organizations.posts': async (ctx, { includeDisabled }) =>
    (await dictionaryEntries(ctx, ORG_POSTS)).filter((e) => includeDisabled || !e.disabled),

  'organizations.savePost': async (ctx, input) => {
    const entry = await saveDictionaryEntry(ctx, ORG_POSTS, input)
    ctx.note({
      objectType: 'dictionary',
      objectId: `org_post:${entry.code}`,
      detail: audit.postSaved(entry.code, entry.name),
    })
    return entry
  },

  'organizations.deletePost': async (ctx, { code }) => {
    const entry = await deleteDictionaryEntry(ctx, ORG_POSTS, code)
    ctx.note({
      objectType: 'dictionary',
      objectId: `org_post:${code}`,
      detail: audit.postDeleted(code, entry.name),
    })
    return null
  },
}
