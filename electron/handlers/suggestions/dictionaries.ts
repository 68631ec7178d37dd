import { suggestionCodeUsage } from '../../../db/repos/suggestions'
import { localDictionaryMessages } from '../../../shared/i18n/organizations'
import {
  BUILT_IN_SUGGESTION_CHANNELS,
  BUILT_IN_SUGGESTION_KINDS,
  suggestionAuditText as audit,
} from '../../../shared/i18n/suggestions'
import type { DomainHandlers } from '../../core/handlerTypes'
import {
  deleteDictionaryEntry,
  dictionaryEntries,
  saveDictionaryEntry,
  type LocalDictionary,
} from '../activities/activitiesLocalDictionary'

export const SUGGESTION_KINDS: LocalDictionary = {
  kind: 'suggestion_kind',
  builtIns: BUILT_IN_SUGGESTION_KINDS,
  usage: (ctx, code) => suggestionCodeUsage(ctx.sqlite, 'kind', code),
  messages: localDictionaryMessages,
}

export const SUGGESTION_CHANNELS: LocalDictionary = {
  kind: 'suggestion_channel',
  builtIns: BUILT_IN_SUGGESTION_CHANNELS,
  usage: (ctx, code) => suggestionCodeUsage(ctx.sqlite, 'channel', code),
  messages: localDictionaryMessages,
}

export const suggestionDictionaryHandlers: DomainHandlers<
  | 'suggestions.kinds'
  | 'suggestions.saveKind'
  | 'suggestions.deleteKind'
  | 'suggestions.channels'
  | 'suggestions.saveChannel'
  | 'suggestions.deleteChannel'
> = {
  'suggestions.kinds': async (ctx, { includeDisabled }) =>
    (await dictionaryEntries(ctx, SUGGESTION_KINDS)).filter((e) => includeDisabled || !e.disabled),
  'suggestions.saveKind': async (ctx, input) => {
    const entry = await saveDictionaryEntry(ctx, SUGGESTION_KINDS, input)
    ctx.note({
      objectType: 'dictionary',
      objectId: `suggestion_kind:${entry.code}`,
      detail: audit.kindSaved(entry.code, entry.name),
    })
    return entry
  },
  'suggestions.deleteKind': async (ctx, { code }) => {
    const entry = await deleteDictionaryEntry(ctx, SUGGESTION_KINDS, code)
    ctx.note({
      objectType: 'dictionary',
      objectId: `suggestion_kind:${code}`,
      detail: audit.kindDeleted(code, entry.name),
    })
    return null
  },
  'suggestions.channels': async (ctx, { includeDisabled }) =>
    (await dictionaryEntries(ctx, SUGGESTION_CHANNELS)).filter(
      (e) => includeDisabled || !e.disabled,
    ),
  'suggestions.saveChannel': async (ctx, input) => {
    const entry = await saveDictionaryEntry(ctx, SUGGESTION_CHANNELS, input)
    ctx.note({
      objectType: 'dictionary',
      objectId: `suggestion_channel:${entry.code}`,
      detail: audit.channelSaved(entry.code, entry.name),
    })
    return entry
  },
  'suggestions.deleteChannel': async (ctx, { code }) => {
    const entry = await deleteDictionaryEntry(ctx, SUGGESTION_CHANNELS, code)
    ctx.note({
      objectType: 'dictionary',
      objectId: `suggestion_channel:${code}`,
      detail: audit.channelDeleted(code, entry.name),
    })
    return null
  },
}
