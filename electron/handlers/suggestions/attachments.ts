import { suggestionAuditText as audit } from '../../../shared/i18n/suggestions'
import type { DomainHandlers } from '../../core/handlerTypes'
import { fileHandlers } from '../attachments/fileHandlers'
import { ownedSuggestion, scoredRow } from './shared'

const files = fileHandlers('suggestion', {
  owned: ownedSuggestion,
  readable: scoredRow,
  objectType: 'suggestion',
  added: audit.attachmentAdded,
  removed: audit.attachmentRemoved,
})

export const suggestionAttachmentHandlers: DomainHandlers<
  'suggestions.addAttachment' | 'suggestions.attachment' | 'suggestions.removeAttachment'
> = {
  'suggestions.addAttachment': (ctx, { suggestionId, ...file }) =>
    files.add(ctx, suggestionId, file),
  'suggestions.attachment': (ctx, { id }) => files.read(ctx, id),
  'suggestions.removeAttachment': (ctx, { id }) => files.remove(ctx, id),
}
