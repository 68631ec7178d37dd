import { activityAuditText as audit } from '../../../shared/i18n/activities'
import type { DomainHandlers } from '../../core/handlerTypes'
import { fileHandlers } from '../attachments/fileHandlers'
import { activityOr404, ownedActivity } from './activitiesShared'

const files = fileHandlers('activity', {
  owned: ownedActivity,
  readable: activityOr404,
  objectType: 'activity',
  added: audit.attachmentAdded,
  removed: audit.attachmentRemoved,
})

export const activitiesAttachmentsHandlers: DomainHandlers<
  'activities.addAttachment' | 'activities.attachment' | 'activities.removeAttachment'
> = {
  'activities.addAttachment': (ctx, { activityId, ...file }) => files.add(ctx, activityId, file),
  'activities.attachment': (ctx, { id }) => files.read(ctx, id),
  'activities.removeAttachment': (ctx, { id }) => files.remove(ctx, id),
}
