import { backupsText } from './backups'
import { backupsUiText } from './backupsUi'
import { activities } from './activities'
import { activitiesUi } from './activitiesUi'
import { auditActions } from './audit'
import { auditCheckpointText } from './auditCheckpoints'
import { auth } from './auth'
import { checks } from './checks'
import { cli } from './cli'
import { common } from './common'
import { dashboard, dashboardUi } from './dashboard'
import { desktop } from './desktop'
import { downwardUi } from './downwardUi'
import { documents } from './documents'
import { errorMessages, errorText } from './errors'
import { exportsText } from './exports'
import { fieldLabels } from './fields'
import { imports } from './imports'
import { importChecksUi } from './importChecksUi'
import { importsUi } from './importsUi'
import { nav } from './nav'
import { organizations } from './organizations'
import { organizationsUi } from './organizationsUi'
import { persons } from './persons'
import { crossUnit } from './crossUnit'
import { personsUi } from './personsUi'
import { paper } from './paper'
import { print } from './print'
import { packageKindText, packageStatusText } from './packages'
import { boardUi } from './boardUi'
import { recoveryUi } from './recoveryUi'
import { reportsUi } from './reportsUi'
import { reportsTemplatesUi } from './reportsTemplatesUi'
import { settings } from './settings'
import { statisticsUi } from './statisticsUi'
import { webShell } from './webShell'
import { suggestions } from './suggestions'
import { suggestionsUi } from './suggestionsUi'
import { suggestionImportText } from './suggestionImport'
import { unitsUi } from './unitsUi'

/** The message catalogue: every user-facing string, split by feature. */
export const t = {
  common,
  backups: backupsText,
  backupsUi: backupsUiText,
  nav,
  auth,
  dashboard,
  dashboardUi,
  settings,
  auditActions,
  auditCheckpoints: auditCheckpointText,
  errors: errorMessages,
  errorText,
  fieldLabels,
  desktop,
  webShell,
  cli,
  persons,
  crossUnit,
  personsUi,
  checks,
  organizations,
  organizationsUi,
  activities,
  activitiesUi,
  documents,
  imports,
  importsUi,
  importChecksUi,
  exports: exportsText,
  print,
  suggestions,
  paper,
  suggestionsUi,
  suggestionImport: suggestionImportText,
  reportsUi,
  boardUi,
  packageStatus: packageStatusText,
  packageKind: packageKindText,
  statisticsUi,
  reportsTemplatesUi,
  unitsUi,
  downwardUi,
  recoveryUi,
}
export { issueMessage } from './validation'
