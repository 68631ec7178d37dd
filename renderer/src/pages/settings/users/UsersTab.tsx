import { useState } from 'react'
import { App, Button, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons'
import type { SessionInfo, UserRow } from '../../../../../shared/contract'
import { t } from '../../../../../shared/i18n'
import { call } from '../../../api/client'
import { useLoaded } from '../../../api/useLoaded'
import { formatDateTime } from '../../../format/dateTime'
import { errorText } from '../../../forms/serverIssues'
import { ResetPasswordModal } from './ResetPasswordModal'
import { UserFormModal } from './UserFormModal'

const txt = t.settings.users

type Dialog =
  { kind: 'create' } | { kind: 'edit'; user: UserRow } | { kind: 'reset'; user: UserRow }

const ROLE_COLORS: Record<string, string> = {
  admin: 'geekblue',
  operator: 'cyan',
  viewer: 'default',
}

function StatusTags({ user }: { user: UserRow }) {
  return (
    <Space size={4}>
      {user.disabled ? <Tag>{txt.disabled}</Tag> : <Tag color="green">{txt.active}</Tag>}
      {user.locked && (
        <Tooltip title={txt.failedAttempts(user.failedAttempts)}>
          <Tag color="red">{txt.locked}</Tag>
        </Tooltip>
      )}
    </Space>
  )
}

/** Accounts of this installation: create, rename, change role, disable, reset, unlock. */
const listUsers = () => call('users.list', {})

export function UsersTab({ session }: { session: SessionInfo }) {
  const { message } = App.useApp()
  const { data: users, loading, reload: load } = useLoaded(listUsers, [])
  const [dialog, setDialog] = useState<Dialog | null>(null)

  async function act(run: () => Promise<unknown>, done: string) {
    try {
      await run()
      message.success(done)
    } catch (e) {
      message.error(errorText(e))
    }
    await load()
  }

  const columns: ColumnsType<UserRow> = [
    {
      title: txt.username,
      dataIndex: 'username',
      width: 200,
      render: (v: string, u) => (
        <Space size={6}>
          {v}
          {u.id === session.userId && <Tag color="blue">{txt.self}</Tag>}
        </Space>
      ),
    },
    { title: txt.displayName, dataIndex: 'displayName', width: 160 },
    {
      title: txt.role,
      dataIndex: 'role',
      width: 110,
      render: (r: string) => <Tag color={ROLE_COLORS[r]}>{t.common.roles[r] ?? r}</Tag>,
    },
    { title: txt.status, key: 'status', width: 150, render: (_, u) => <StatusTags user={u} /> },
    {
      title: txt.lastLogin,
      dataIndex: 'lastLoginAt',
      width: 170,
      render: (v: string | null) => (v ? formatDateTime(v) : txt.never),
    },
    {
      title: t.common.actions,
      key: 'actions',
      render: (_, u) => (
        <Space size={0} wrap>
          <Button type="link" size="small" onClick={() => setDialog({ kind: 'edit', user: u })}>
            {t.common.edit}
          </Button>
          <Button type="link" size="small" onClick={() => setDialog({ kind: 'reset', user: u })}>
            {txt.resetPassword}
          </Button>
          {u.disabled ? (
            <Popconfirm
              title={txt.confirmEnable(u.username)}
              onConfirm={() =>
                act(() => call('users.update', { id: u.id, disabled: false }), txt.enabledDone)
              }
            >
              <Button type="link" size="small">
                {txt.enable}
              </Button>
            </Popconfirm>
          ) : (
            u.id !== session.userId && (
              <Popconfirm
                title={txt.confirmDisable(u.username)}
                okButtonProps={{ danger: true }}
                styles={{ root: { maxWidth: 360 } }}
                onConfirm={() =>
                  act(() => call('users.update', { id: u.id, disabled: true }), txt.disabledDone)
                }
              >
                <Button type="link" size="small" danger>
                  {txt.disable}
                </Button>
              </Popconfirm>
            )
          )}
          {u.locked && (
            <Popconfirm
              title={txt.confirmUnlock(u.username)}
              onConfirm={() => act(() => call('users.unlock', { id: u.id }), txt.unlocked)}
            >
              <Button type="link" size="small">
                {txt.unlock}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ]

  return (
    <>
      <div style={{ display: 'flex', gap: 8, marginBottom: 12, alignItems: 'center' }}>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setDialog({ kind: 'create' })}
        >
          {txt.add}
        </Button>
        <Button icon={<ReloadOutlined />} onClick={() => void load()}>
          {t.common.refresh}
        </Button>
        <Typography.Text type="secondary" style={{ marginLeft: 'auto' }}>
          {t.common.total(users.length)}
        </Typography.Text>
      </div>
      <Table<UserRow>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={users}
        loading={loading}
        pagination={false}
      />
      {(dialog?.kind === 'create' || dialog?.kind === 'edit') && (
        <UserFormModal
          user={dialog.kind === 'edit' ? dialog.user : null}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null)
            void load()
          }}
        />
      )}
      {dialog?.kind === 'reset' && (
        <ResetPasswordModal user={dialog.user} onClose={() => setDialog(null)} />
      )}
    </>
  )
}
