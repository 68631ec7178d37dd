import { useState } from 'react'
import { Alert, Card, Tabs } from 'antd'
import type { SessionInfo } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { canWrite } from '../persons/common/access'
import { PageTitle } from '../PageTitle'
import { DownwardTab } from './downward/DownwardTab'
import { ExportWizard } from './ExportWizard'
import { ImportPackageWizard } from './ImportPackageWizard'
import { PackageList } from './PackageList'
import { StatusBoardTab } from './board/StatusBoardTab'

const txt = t.reportsUi
type TabKey = 'export' | 'import' | 'list' | 'board' | 'downward'
const TABS: readonly string[] = ['import', 'list', 'board', 'downward']

/** `#/reports/:tab?`: 生成数据包, 导入下级数据包, 数据包记录, 上报情况, 下发. */
export function ReportsPage({ session, tab }: { session: SessionInfo; tab?: string }) {
  const writer = canWrite(session)
  const initial: TabKey = tab && TABS.includes(tab) ? (tab as TabKey) : writer ? 'export' : 'list'
  const [active, setActive] = useState<TabKey>(initial)
  return (
    <div style={{ maxWidth: 1280 }}>
      <PageTitle>{txt.title}</PageTitle>
      {!writer && (
        <Alert type="info" showIcon title={txt.viewerOnly} style={{ marginBottom: 12 }} />
      )}
      <Card size="small">
        <Tabs
          activeKey={active}
          onChange={(k) => setActive(k as TabKey)}
          items={[
            ...(writer
              ? [
                  {
                    key: 'export',
                    label: txt.tabs.export,
                    children: <ExportWizard onList={() => setActive('list')} />,
                  },
                  {
                    key: 'import',
                    label: txt.tabs.import,
                    children: <ImportPackageWizard />,
                  },
                ]
              : []),
            {
              key: 'list',
              label: txt.tabs.list,
              // Mounted afresh each time, so a package just made or received is listed.
              children: active === 'list' && <PackageList writer={writer} />,
            },
            {
              key: 'board',
              label: t.boardUi.tab,
              children: active === 'board' && <StatusBoardTab writer={writer} />,
            },
            {
              key: 'downward',
              label: t.downwardUi.tab,
              // Mounted afresh, so tasks just imported or set are shown.
              children: active === 'downward' && (
                <DownwardTab writer={writer} admin={session.role === 'admin'} />
              ),
            },
          ]}
        />
      </Card>
    </div>
  )
}
