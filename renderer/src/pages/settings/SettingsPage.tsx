import type { ReactNode } from 'react'
import { Card, Tabs } from 'antd'
import type { SessionInfo, UnitInfo } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { navigate } from '../../router/hashRoute'
import { PageTitle } from '../PageTitle'
import { AuditTab } from './audit/AuditTab'
import { BackupTab } from './BackupTab'
import { DemoDataTab } from './DemoDataTab'
import { DictionariesTab } from './dictionaries/DictionariesTab'
import { ScoreRulesTab } from './ScoreRulesTab'
import { SecurityTab } from './SecurityTab'
import { UnitTab } from './UnitTab'
import { UnitsTab } from './units/UnitsTab'
import { UsersTab } from './users/UsersTab'

interface Props {
  unit: UnitInfo
  session: SessionInfo
  /** From the route: `#/settings/audit`. */
  tab: string | undefined
}

type TabKey = keyof typeof t.settings.tabs | 'units' | 'dictionaries' | 'demo' | 'scoring'

const TAB_LABELS: Record<TabKey, string> = {
  ...t.settings.tabs,
  units: t.unitsUi.tab,
  dictionaries: t.personsUi.dictionaries.tab,
  demo: t.personsUi.demo.tab,
  scoring: t.suggestionsUi.rules.tab,
}

/**
 * Each user sees only the tabs their role may use. The core refuses the rest anyway;
 * hiding them just spares people buttons that would only say 没有权限.
 */
export function SettingsPage({ unit, session, tab }: Props) {
  const isAdmin = session.role === 'admin'
  const tabs: { key: TabKey; children: ReactNode }[] = [
    { key: 'unit', children: <UnitTab unit={unit} canRename={isAdmin} /> },
    { key: 'units', children: <UnitsTab canManage={isAdmin} /> },
    ...(isAdmin
      ? [
          { key: 'users' as const, children: <UsersTab session={session} /> },
          { key: 'dictionaries' as const, children: <DictionariesTab /> },
          { key: 'scoring' as const, children: <ScoreRulesTab /> },
          { key: 'audit' as const, children: <AuditTab /> },
          { key: 'backup' as const, children: <BackupTab /> },
          { key: 'general' as const, children: <SecurityTab /> },
          { key: 'demo' as const, children: <DemoDataTab /> },
        ]
      : []),
  ]
  const active = tabs.find((x) => x.key === tab)?.key ?? tabs[0]!.key

  return (
    <>
      <PageTitle>{t.settings.title}</PageTitle>
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={active}
          onChange={(key) => navigate(`/settings/${key}`)}
          items={tabs.map((x) => ({
            key: x.key,
            label: TAB_LABELS[x.key],
            children: x.children,
          }))}
        />
      </Card>
    </>
  )
}
