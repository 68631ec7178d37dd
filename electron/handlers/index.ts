import type { HandlerMap } from '../core/handlerTypes'
import { activitiesHandlers } from './activities'
import { activitiesAttachmentsHandlers } from './activitiesAttachments'
import { activitiesDocumentsHandlers } from './activitiesDocuments'
import { activitiesTypesHandlers } from './activitiesTypes'
import { auditHandlers } from './audit'
import { authHandlers } from './auth'
import { dictionariesHandlers } from './dictionaries'
import { exportsHandlers } from './exports'
import { importsHandlers } from './imports'
import { organizationsHandlers } from './organizations'
import { packagesBoardHandlers } from './packages/board'
import { packagesHandlers } from './packages/packages'
import { downwardHandlers } from './packages/downward'
import { unitsHandlers } from './units/units'
import { organizationsMembersHandlers } from './organizationsMembers'
import { organizationsPostsHandlers } from './organizationsPosts'
import { participantsHandlers } from './participants'
import { participantsAttendanceHandlers } from './participantsAttendance'
import { personsDemoHandlers } from './personsDemo'
import { personsReadHandlers } from './personsRead'
import { personsWriteHandlers } from './personsWrite'
import { crossUnitHandlers } from './persons/crossUnit'
import { printHandlers } from './print'
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
