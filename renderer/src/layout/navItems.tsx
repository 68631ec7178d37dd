import type { ReactNode } from 'react'
import {
  ApartmentOutlined,
  BarChartOutlined,
  BulbOutlined,
  CalendarOutlined,
  CloudUploadOutlined,
  HomeOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons'
import { t } from '../../../shared/i18n'

export type NavKey = keyof typeof NAV_LABELS

const NAV_LABELS = {
  dashboard: t.nav.dashboard,
  persons: t.nav.persons,
  organizations: t.nav.organizations,
  activities: t.nav.activities,
  suggestions: t.nav.suggestions,
  statistics: t.nav.statistics,
  reports: t.nav.reports,
  settings: t.nav.settings,
}

export interface NavItem {
  key: NavKey
  label: string
  icon: ReactNode
  /** Where the menu entry leads. */
  path: string
}

/** The left menu, in the order staff work: look up people, then what they did, then report. */
export const NAV_ITEMS: NavItem[] = [
  { key: 'dashboard', label: NAV_LABELS.dashboard, icon: <HomeOutlined />, path: '/dashboard' },
  { key: 'persons', label: NAV_LABELS.persons, icon: <TeamOutlined />, path: '/persons' },
  {
    key: 'organizations',
    label: NAV_LABELS.organizations,
    icon: <ApartmentOutlined />,
    path: '/organizations',
  },
  {
    key: 'activities',
    label: NAV_LABELS.activities,
    icon: <CalendarOutlined />,
    path: '/activities',
  },
  {
    key: 'suggestions',
    label: NAV_LABELS.suggestions,
    icon: <BulbOutlined />,
    path: '/suggestions',
  },
  {
    key: 'statistics',
    label: NAV_LABELS.statistics,
    icon: <BarChartOutlined />,
    path: '/statistics',
  },
  { key: 'reports', label: NAV_LABELS.reports, icon: <CloudUploadOutlined />, path: '/reports' },
  { key: 'settings', label: NAV_LABELS.settings, icon: <SettingOutlined />, path: '/settings' },
]

export function navLabel(key: NavKey): string {
  return NAV_LABELS[key]
}
