import { useState } from 'react'
import { Button, Divider, Layout, Space, Tooltip, Typography } from 'antd'
import { KeyOutlined, LockOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons'
import type { SessionInfo, UnitInfo } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import { BrandMark } from '../brand/BrandMark'
import { lockNow } from '../session/IdleLockGuard'
import { signOut } from '../session/signOut'
import { BackupIndicator } from './BackupIndicator'
import { ChangePasswordModal } from './ChangePasswordModal'

export function AppHeader({ unit, session }: { unit: UnitInfo; session: SessionInfo }) {
  const [changing, setChanging] = useState(false)

  return (
    <Layout.Header
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 12,
        borderBottom: '1px solid #e5e8ee',
        lineHeight: 'normal',
      }}
    >
      <BrandMark size={30} />
      <span style={{ fontSize: 17, fontWeight: 600, whiteSpace: 'nowrap' }}>
        {t.common.appName}
      </span>
      <Divider orientation="vertical" />
      <Typography.Text
        ellipsis
        style={{ fontSize: 15, color: '#4a5568', minWidth: 0, flex: '0 1 auto' }}
        data-testid="header-unit"
      >
        {unit.name}
      </Typography.Text>
      <div style={{ flex: 1 }} />
      {session.role === 'admin' && <BackupIndicator />}
      <Space size={4} separator={<Divider orientation="vertical" />}>
        <span style={{ whiteSpace: 'nowrap', padding: '0 8px' }}>
          <UserOutlined style={{ marginRight: 6, color: '#8a94a6' }} />
          {t.nav.signedInAs(session.displayName, t.common.roles[session.role] ?? session.role)}
        </span>
        <Tooltip title={t.nav.lockNowHint}>
          <Button type="text" icon={<LockOutlined />} onClick={() => void lockNow()}>
            {t.nav.lockNow}
          </Button>
        </Tooltip>
        <Button type="text" icon={<KeyOutlined />} onClick={() => setChanging(true)}>
          {t.nav.changePassword}
        </Button>
        <Button type="text" icon={<LogoutOutlined />} onClick={() => void signOut()}>
          {t.nav.logout}
        </Button>
      </Space>
      <ChangePasswordModal open={changing} onClose={() => setChanging(false)} />
    </Layout.Header>
  )
}
