import type { ReactNode } from 'react'
import type { SessionInfo, SystemStatus, UnitInfo } from '../../../shared/contract'
import type { NavKey } from '../layout/navItems'
import { ComingSoonPage } from '../pages/ComingSoonPage'
import { DashboardPage } from '../pages/DashboardPage'
import { SettingsPage } from '../pages/settings/SettingsPage'
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

const comingSoon = (section: NavKey): RouteDef => ({
  pattern: `/${section}`,
  section,
  chrome: 'main',
  render: () => <ComingSoonPage section={section} />,
})

export const HOME_PATH = '/dashboard'

/** Every page of the app. A new module adds its routes here, most specific first. */
export const ROUTES: RouteDef[] = [
  {
    pattern: '/dashboard',
    section: 'dashboard',
    chrome: 'main',
    render: (ctx) => <DashboardPage unit={ctx.unit} session={ctx.session} />,
  },
  comingSoon('persons'),
  comingSoon('organizations'),
  comingSoon('activities'),
  comingSoon('suggestions'),
  comingSoon('statistics'),
  comingSoon('reports'),
  {
    pattern: '/settings/:tab?',
    section: 'settings',
    chrome: 'main',
    render: (ctx) => <SettingsPage unit={ctx.unit} session={ctx.session} tab={ctx.params.tab} />,
  },
]

/** The first route that fits the path, with its parameters; the empty path is home. */
export function resolveRoute(path: string): { route: RouteDef; params: RouteParams } | null {
  const p = path === '/' || path === '' ? HOME_PATH : path
  for (const route of ROUTES) {
    const params = matchPath(route.pattern, p)
    if (params) return { route, params }
  }
  return null
}
