import { Card, Result } from 'antd'
import { ToolOutlined } from '@ant-design/icons'
import { t } from '../../../shared/i18n'
import { navLabel, type NavKey } from '../layout/navItems'
import { PageTitle } from './PageTitle'

/** A module not built yet says so plainly, and shows no made-up data. */
export function ComingSoonPage({ section }: { section: NavKey }) {
  const name = navLabel(section)
  return (
    <>
      <PageTitle>{name}</PageTitle>
      <Card>
        <Result
          icon={<ToolOutlined style={{ color: '#8a94a6' }} />}
          title={t.nav.comingSoon}
          subTitle={t.nav.comingSoonDetail(name)}
        />
      </Card>
    </>
  )
}
