import { useState } from 'react'
import { Button, Card, Tabs, Tooltip } from 'antd'
import { ArrowLeftOutlined } from '@ant-design/icons'
import type { SessionInfo } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { navigate } from '../../router/hashRoute'
import { PageTitle } from '../PageTitle'
import { ImportHistory } from './ImportHistory'
import { ImportWizard } from './ImportWizard'

const txt = t.importsUi.wizard

/** `#/persons/import` (the wizard) and `#/persons/import/history` (导入记录). */
export function ImportPage({ session, tab }: { session: SessionInfo; tab?: string }) {
  const [active, setActive] = useState(tab === 'history' ? 'history' : 'import')
  return (
    <div style={{ maxWidth: 1280 }}>
      <PageTitle>
        <Tooltip title={txt.back}>
          <Button
            type="text"
            aria-label={txt.back}
            icon={<ArrowLeftOutlined />}
            onClick={() => navigate('/persons')}
            style={{ marginRight: 8 }}
          />
        </Tooltip>
        {txt.title}
      </PageTitle>
      <Card size="small">
        <Tabs
          activeKey={active}
          onChange={setActive}
          destroyOnHidden={false}
          items={[
            {
              key: 'import',
              label: txt.tabImport,
              children: <ImportWizard session={session} onHistory={() => setActive('history')} />,
            },
            {
              key: 'history',
              label: txt.tabHistory,
              // Mounted afresh each time, so a batch just imported is listed.
              children: active === 'history' && <ImportHistory session={session} />,
            },
          ]}
        />
      </Card>
    </div>
  )
}
