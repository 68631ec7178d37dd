import type { RouteDef } from '../router/routes'
import { KeyRegistrationPrint } from './documents/KeyRegistrationPrint'
import { LedgerPrint } from './documents/LedgerPrint'
import { PersonFormPrint } from './documents/PersonFormPrint'
import { RecoveryKeyPrint } from './documents/RecoveryKeyPrint'
import { LockedReportPrint, ReportPrint } from './documents/ReportPrint'
import { RosterPrint } from './documents/RosterPrint'
import { SignInSheetPrint } from './documents/SignInSheetPrint'
import { StatusBoardPrint } from './documents/StatusBoardPrint'
import { SuggestionLedgerPrint } from './documents/SuggestionLedgerPrint'
import { KEY_REGISTRATION_PATH, RECOVERY_KEY_PATH, STATUS_BOARD_PATH } from './printLinks'

/**
 * The print routes: full window, no menu, laid out for A4. Stable addresses (see printLinks)
 * so any shell can print them; their options travel in the query.
 */
export const PRINT_ROUTES: RouteDef[] = [
  {
    pattern: '/print/sign-in/:id',
    section: 'activities',
    chrome: 'bare',
    render: (ctx) => (
      <SignInSheetPrint
        key={ctx.params.id}
        activityId={ctx.params.id!}
        session={ctx.session}
        shell={ctx.status.shell}
      />
    ),
  },
  {
    pattern: '/print/roster',
    section: 'persons',
    chrome: 'bare',
    render: (ctx) => <RosterPrint session={ctx.session} shell={ctx.status.shell} />,
  },
  {
    pattern: '/print/ledger/:year',
    section: 'activities',
    chrome: 'bare',
    render: (ctx) => (
      <LedgerPrint
        key={ctx.params.year}
        year={ctx.params.year!}
        session={ctx.session}
        shell={ctx.status.shell}
      />
    ),
  },
  {
    pattern: '/print/person/:id',
    section: 'persons',
    chrome: 'bare',
    render: (ctx) => (
      <PersonFormPrint
        key={ctx.params.id}
        personId={ctx.params.id!}
        session={ctx.session}
        shell={ctx.status.shell}
      />
    ),
  },
  {
    pattern: '/print/suggestion-ledger/:year',
    section: 'suggestions',
    chrome: 'bare',
    render: (ctx) => (
      <SuggestionLedgerPrint
        key={ctx.params.year}
        year={ctx.params.year!}
        session={ctx.session}
        shell={ctx.status.shell}
      />
    ),
  },
  {
    pattern: '/print/report/locked/:id',
    section: 'statistics',
    chrome: 'bare',
    render: (ctx) => (
      <LockedReportPrint key={ctx.params.id} lockedId={ctx.params.id!} shell={ctx.status.shell} />
    ),
  },
  {
    pattern: '/print/report/:template/:period',
    section: 'statistics',
    chrome: 'bare',
    render: (ctx) => (
      <ReportPrint
        key={`${ctx.params.template}/${ctx.params.period}`}
        templateId={ctx.params.template!}
        period={ctx.params.period!}
        shell={ctx.status.shell}
      />
    ),
  },
  {
    pattern: KEY_REGISTRATION_PATH,
    section: 'settings',
    chrome: 'bare',
    render: (ctx) => <KeyRegistrationPrint shell={ctx.status.shell} />,
  },
  {
    pattern: STATUS_BOARD_PATH,
    section: 'reports',
    chrome: 'bare',
    render: (ctx) => <StatusBoardPrint shell={ctx.status.shell} />,
  },
  {
    pattern: RECOVERY_KEY_PATH,
    section: 'settings',
    chrome: 'bare',
    render: (ctx) => (
      <RecoveryKeyPrint shell={ctx.status.shell} unitName={ctx.status.unit?.name ?? ''} />
    ),
  },
]
