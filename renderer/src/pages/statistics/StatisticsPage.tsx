import { useState } from 'react'
import { Tabs } from 'antd'
import type { SessionInfo } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { useUnitScope } from '../../lists/useUnitScope'
import { navigate } from '../../router/hashRoute'
import { PageTitle } from '../PageTitle'
import { statisticsTabs } from './statisticsTabs'
import { UnitScopePicker } from './UnitScopePicker'

/**
 * `#/statistics/:tab?`: the tabs of statisticsTabs, the open one kept in the address. At a
 * city or province the unit picker above them narrows every tab to one unit.
 */
export function StatisticsPage({
  session,
  tab,
}: {
  session: SessionInfo
  tab?: string | undefined
}) {
  const unitOptions = useUnitScope()
  const [unit, setUnit] = useState<string | null>(null)
  const items = statisticsTabs({ session, units: unit ? [unit] : undefined })
  const active = items.some((i) => i.key === tab) ? tab! : items[0]!.key
  return (
    <>
      <PageTitle>{t.nav.statistics}</PageTitle>
      <Tabs
        activeKey={active}
        destroyOnHidden
        onChange={(key) => navigate(`/statistics/${key}`)}
        items={items}
        tabBarExtraContent={
          unitOptions.length > 0 && (
            <UnitScopePicker options={unitOptions} value={unit} onChange={setUnit} />
          )
        }
      />
    </>
  )
}
