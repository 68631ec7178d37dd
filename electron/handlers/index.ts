import type { HandlerMap } from '../core/handlerTypes'
import { activitiesHandlers } from './activities/activities'
import { activitiesAttachmentsHandlers } from './activities/activitiesAttachments'
import { activitiesDocumentsHandlers } from './activities/activitiesDocuments'
import { activitiesTypesHandlers } from './activities/activitiesTypes'
import { auditHandlers } from './audit'
import { authHandlers } from './auth'
import { dictionariesHandlers } from './dictionaries'
import { exportsHandlers } from './exports'
import { importsHandlers } from './imports'
import { organizationsHandlers } from './organizations/organizations'
import { packagesBoardHandlers } from './packages/board'
import { packagesHandlers } from './packages/packages'
import { downwardHandlers } from './packages/downward'
import { unitsHandlers } from './units/units'
import { organizationsMembersHandlers } from './organizations/organizationsMembers'
import { organizationsPostsHandlers } from './organizations/organizationsPosts'
import { participantsHandlers } from './activities/participants'
import { participantsAttendanceHandlers } from './activities/participantsAttendance'
import { personsDemoHandlers } from './persons/personsDemo'
import { personsReadHandlers } from './persons/personsRead'
import { personsWriteHandlers } from './persons/personsWrite'
import { crossUnitHandlers } from './persons/crossUnit'
import { printHandlers } from './print'
import { recoveryHandlers } from './recovery/recoveryKey'
import { backupsHandlers } from './backups/backups'
import { reportsHandlers } from './reports'
import { settingsHandlers } from './settings'
import { setupHandlers } from './setup'
import { statisticsHandlers } from './statistics'
import { suggestionsHandlers } from './suggestions'
import { indicatorHandlers } from './statistics/indicators'
import { systemHandlers } from './system'
import { usersHandlers } from './users'
import { workHandlers } from './work/cancel'

/** Every procedure's handler; the type makes a missing or misnamed one a compile error. */
export const handlers: HandlerMap = {
  ...systemHandlers,
  ...setupHandlers,
  ...authHandlers,
  ...recoveryHandlers,
  ...backupsHandlers,
  ...usersHandlers,
  ...auditHandlers,
  ...settingsHandlers,
  ...statisticsHandlers,
  ...indicatorHandlers,
  ...personsReadHandlers,
  ...personsWriteHandlers,
  ...personsDemoHandlers,
  ...crossUnitHandlers,
  ...dictionariesHandlers,
  ...organizationsHandlers,
  ...organizationsMembersHandlers,
  ...organizationsPostsHandlers,
  ...activitiesHandlers,
  ...activitiesTypesHandlers,
  ...activitiesAttachmentsHandlers,
  ...participantsHandlers,
  ...participantsAttendanceHandlers,
  ...activitiesDocumentsHandlers,
  ...printHandlers,
  ...importsHandlers,
  ...exportsHandlers,
  ...suggestionsHandlers,
  ...workHandlers,
  ...unitsHandlers,
  ...packagesHandlers,
  ...downwardHandlers,
  ...packagesBoardHandlers,
  ...reportsHandlers,
}
