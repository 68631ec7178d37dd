import type { ReactNode } from 'react'
import type { SessionInfo, SystemStatus, UnitInfo } from '../../../shared/contract'
import type { NavKey } from '../layout/navItems'
import { ActivityDetailPage } from '../pages/activities/detail/ActivityDetailPage'
import { ActivityFormPage } from '../pages/activities/form/ActivityFormPage'
import { ActivitiesListPage } from '../pages/activities/list/ActivitiesListPage'
import { DashboardPage } from '../pages/DashboardPage'
import { ImportPage } from '../pages/imports/ImportPage'
import { OrganizationDetailPage } from '../pages/organizations/OrganizationDetailPage'
import { OrganizationsPage } from '../pages/organizations/OrganizationsPage'
import { PersonDetailPage } from '../pages/persons/detail/PersonDetailPage'
import { PersonFormPage } from '../pages/persons/form/PersonFormPage'
import { PersonsListPage } from '../pages/persons/list/PersonsListPage'
import { RecycleBinPage } from '../pages/persons/recycle/RecycleBinPage'
import { CrossUnitPage } from '../pages/persons/crossUnit/CrossUnitPage'
import { ReportsPage } from '../pages/reports/ReportsPage'
import { SettingsPage } from '../pages/settings/SettingsPage'
import { StatisticsPage } from '../pages/statistics/StatisticsPage'
import { RankingPage } from '../pages/suggestions/RankingPage'
import { SuggestionDetailPage } from '../pages/suggestions/SuggestionDetailPage'
import { SuggestionFormPage } from '../pages/suggestions/SuggestionFormPage'
import { SuggestionsListPage } from '../pages/suggestions/SuggestionsListPage'
import { LedgerImportPage } from '../pages/suggestions/import/LedgerImportPage'
import { PRINT_ROUTES } from '../print/printRoutes'
import { matchPath, type RouteParams } from './hashRoute'

/** What every page may read about where it runs and who is looking. */
export interface PageContext {
  status: SystemStatus
  unit: UnitInfo
  session: SessionInfo
  params: RouteParams
}

export interface RouteDef {
  /** `/settings/:tab?`, `/print/sign-in/:id` — see matchPath. */
  pattern: string
  /** The menu entry to highlight. */
  section: NavKey
  /**
   * `main` draws the page inside the menu and header; `bare` gives it the whole window
   * (print views laid out for A4).
   */
  chrome: 'main' | 'bare'
  render(ctx: PageContext): ReactNode
}

export const HOME_PATH = '/dashboard'

/** Every page of the app. A new module adds its routes here, most specific first. */
export const ROUTES: RouteDef[] = [
  {
    pattern: '/dashboard',
    section: 'dashboard',
    chrome: 'main',
    render: (ctx) => <DashboardPage unit={ctx.unit} session={ctx.session} />,
  },
  {
    pattern: '/persons',
    section: 'persons',
    chrome: 'main',
    render: (ctx) => <PersonsListPage session={ctx.session} />,
  },
  {
    pattern: '/persons/new',
    section: 'persons',
    chrome: 'main',
    render: (ctx) => <PersonFormPage key="new" session={ctx.session} />,
  },
  {
    pattern: '/persons/recycle-bin',
    section: 'persons',
    chrome: 'main',
    render: (ctx) => <RecycleBinPage session={ctx.session} />,
  },
  {
    pattern: '/persons/cross-unit',
    section: 'persons',
    chrome: 'main',
    render: (ctx) => <CrossUnitPage session={ctx.session} />,
  },
  {
    pattern: '/persons/import/:tab?',
    section: 'persons',
    chrome: 'main',
    render: (ctx) => (
      <ImportPage key={ctx.params.tab ?? 'import'} session={ctx.session} tab={ctx.params.tab} />
    ),
  },
  {
    pattern: '/persons/:id/edit',
    section: 'persons',
    chrome: 'main',
    // Keyed by the record: another person's form starts afresh.
    render: (ctx) => (
      <PersonFormPage key={`edit-${ctx.params.id}`} id={ctx.params.id} session={ctx.session} />
    ),
  },
  {
    pattern: '/persons/:id',
    section: 'persons',
    chrome: 'main',
    // Keyed by the record, so numbers revealed for one person never show on the next.
    render: (ctx) => (
      <PersonDetailPage key={ctx.params.id} id={ctx.params.id!} session={ctx.session} />
    ),
  },
  ...PRINT_ROUTES,
  {
    pattern: '/organizations',
    section: 'organizations',
    chrome: 'main',
    render: (ctx) => <OrganizationsPage session={ctx.session} />,
  },
  {
    pattern: '/organizations/:id',
    section: 'organizations',
    chrome: 'main',
    render: (ctx) => (
      <OrganizationDetailPage key={ctx.params.id} id={ctx.params.id!} session={ctx.session} />
    ),
  },
  {
    pattern: '/activities',
    section: 'activities',
    chrome: 'main',
    render: (ctx) => <ActivitiesListPage session={ctx.session} />,
  },
  {
    pattern: '/activities/new',
    section: 'activities',
    chrome: 'main',
    render: (ctx) => <ActivityFormPage key="new" session={ctx.session} />,
  },
  {
    pattern: '/activities/:id/edit',
    section: 'activities',
    chrome: 'main',
    render: (ctx) => (
      <ActivityFormPage key={`edit-${ctx.params.id}`} id={ctx.params.id} session={ctx.session} />
    ),
  },
  {
    pattern: '/activities/:id',
    section: 'activities',
    chrome: 'main',
    render: (ctx) => (
      <ActivityDetailPage key={ctx.params.id} id={ctx.params.id!} session={ctx.session} />
    ),
  },
  {
    pattern: '/suggestions',
    section: 'suggestions',
    chrome: 'main',
    render: (ctx) => <SuggestionsListPage session={ctx.session} />,
  },
  {
    pattern: '/suggestions/new',
    section: 'suggestions',
    chrome: 'main',
    render: (ctx) => <SuggestionFormPage key="new" session={ctx.session} />,
  },
  {
    pattern: '/suggestions/import',
    section: 'suggestions',
    chrome: 'main',
    render: () => <LedgerImportPage />,
  },
  {
    pattern: '/suggestions/ranking',
    section: 'suggestions',
    chrome: 'main',
    render: (ctx) => <RankingPage session={ctx.session} />,
  },
  {
    pattern: '/suggestions/:id/edit',
    section: 'suggestions',
    chrome: 'main',
    render: (ctx) => (
      <SuggestionFormPage key={`edit-${ctx.params.id}`} id={ctx.params.id} session={ctx.session} />
    ),
  },
  {
    pattern: '/suggestions/:id',
    section: 'suggestions',
    chrome: 'main',
    render: (ctx) => (
      <SuggestionDetailPage key={ctx.params.id} id={ctx.params.id!} session={ctx.session} />
    ),
  },
  {
    pattern: '/statistics/:tab?',
    section: 'statistics',
    chrome: 'main',
    render: (ctx) => <StatisticsPage session={ctx.session} tab={ctx.params.tab} />,
  },
  {
    pattern: '/reports/:tab?',
    section: 'reports',
    chrome: 'main',
    render: (ctx) => <ReportsPage session={ctx.session} tab={ctx.params.tab} />,
  },
  {
    pattern: '/settings/:tab?',
    section: 'settings',
    chrome: 'main',
    render: (ctx) => <SettingsPage unit={ctx.unit} session={ctx.session} tab={ctx.params.tab} />,
  },
]

/** The first route that fits the path, with its parameters; the empty path is home. */
export function resolveRoute(path: string): { route: RouteDef; params: RouteParams } | null {
  // The query (`/print/roster?org=…`) is the page's to read; routes match the path alone.
  const bare = path.split('?')[0]!
  const p = bare === '/' || bare === '' ? HOME_PATH : bare
  for (const route of ROUTES) {
    const params = matchPath(route.pattern, p)
    if (params) return { route, params }
  }
  return null
}
