import { Tabs } from 'antd'
import type { SessionInfo } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { navigate } from '../../router/hashRoute'
import { PageTitle } from '../PageTitle'
import { statisticsTabs } from './statisticsTabs'

/** `#/statistics/:tab?`: the tabs of statisticsTabs, the open one kept in the address. */
export function StatisticsPage({
  session,
  tab,
}: {
  session: SessionInfo
  tab?: string | undefined
}) {
  const items = statisticsTabs({ session })
  const active = items.some((i) => i.key === tab) ? tab! : items[0]!.key
  return (
    <>
      <PageTitle>{t.nav.statistics}</PageTitle>
      <Tabs
        activeKey={active}
        destroyOnHidden
        onChange={(key) => navigate(`/statistics/${key}`)}
        items={items}
      />
    </>
  )
}
