import { Layout } from 'antd'
import type { SessionInfo, SystemStatus, UnitInfo } from '../../../shared/contract'
import { NotFoundPage } from '../pages/NotFoundPage'
import { useHashPath } from '../router/hashRoute'
import { resolveRoute } from '../router/routes'
import { AppHeader } from './AppHeader'
import { SideNav } from './SideNav'

interface Props {
  status: SystemStatus
  unit: UnitInfo
  session: SessionInfo
}

/** Header, left menu and the page the hash names. */
export function MainLayout({ status, unit, session }: Props) {
  const path = useHashPath()
  const found = resolveRoute(path)
  const page = found?.route.render({ status, unit, session, params: found.params }) ?? (
    <NotFoundPage />
  )
  if (found?.route.chrome === 'bare') return <>{page}</>

  return (
    <Layout style={{ height: '100%' }}>
      <AppHeader unit={unit} session={session} />
      <Layout>
        <SideNav selected={found?.route.section ?? null} />
        <Layout.Content style={{ overflow: 'auto', padding: '16px 20px' }}>{page}</Layout.Content>
      </Layout>
    </Layout>
  )
}
