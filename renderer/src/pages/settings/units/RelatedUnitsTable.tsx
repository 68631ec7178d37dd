import { Button, Space, Table, Tag, Tooltip, Typography } from 'antd'
import type { RelatedUnit, UnitKeyInfo } from '../../../../../shared/contract/units'
import { t } from '../../../../../shared/i18n'
import { formatDateTime } from '../../../format/dateTime'
import { Fingerprint } from './Fingerprint'

const txt = t.unitsUi

export function VerificationTag({ keyInfo }: { keyInfo: UnitKeyInfo | null }) {
  if (!keyInfo) return <Tag color="red">{txt.keyStatus.revoked}</Tag>
  if (keyInfo.verification === 'unverified') {
    return (
      <Tooltip title={txt.unverifiedTip}>
        <Tag color="warning">{txt.verification.unverified}</Tag>
      </Tooltip>
    )
  }
  return <Tag color="success">{txt.verification[keyInfo.verification]}</Tag>
}

/** Earlier keys of a unit: replaced by a rotation or a re-registration, or revoked. */
function KeyHistory({ unit }: { unit: RelatedUnit }) {
  const earlier = unit.keys.filter((k) => k.id !== unit.activeKey?.id)
  return (
    <Space orientation="vertical" size={8}>
      <Typography.Text strong>{txt.history}</Typography.Text>
      {earlier.map((k) => (
        <Space key={k.id} size={12} wrap>
          <Tag>{txt.keyStatus[k.status]}</Tag>
          <Fingerprint digits={k.fingerprint} size={12} />
          <Typography.Text type="secondary">
            {k.status === 'revoked'
              ? txt.revokedOn(formatDateTime(k.revokedAt), k.revokeReason ?? '')
              : formatDateTime(k.registeredAt)}
          </Typography.Text>
        </Space>
      ))}
    </Space>
  )
}

/** The units above or below, each with its current key; admins verify and revoke here. */
export function RelatedUnitsTable(props: {
  units: RelatedUnit[]
  canManage: boolean
  onVerify(unit: RelatedUnit): void
  onRevoke(unit: RelatedUnit): void
}) {
  return (
    <Table<RelatedUnit>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={props.units}
      locale={{ emptyText: txt.noneRegistered }}
      expandable={{
        rowExpandable: (u) => u.keys.length > (u.activeKey ? 1 : 0),
        expandedRowRender: (u) => <KeyHistory unit={u} />,
      }}
      columns={[
        { key: 'code', title: txt.columns.code, dataIndex: 'code', width: 90 },
        { key: 'name', title: txt.columns.name, dataIndex: 'name' },
        {
          key: 'state',
          title: txt.columns.state,
          width: 150,
          render: (_, u) => <VerificationTag keyInfo={u.activeKey} />,
        },
        {
          key: 'fingerprint',
          title: txt.columns.fingerprint,
          render: (_, u) =>
            u.activeKey ? (
              <Fingerprint digits={u.activeKey.fingerprint} size={12} />
            ) : (
              <Typography.Text type="secondary">{txt.noActiveKey}</Typography.Text>
            ),
        },
        {
          key: 'registeredAt',
          title: txt.columns.registeredAt,
          width: 170,
          render: (_, u) => formatDateTime(u.activeKey?.registeredAt),
        },
        ...(props.canManage
          ? [
              {
                key: 'actions',
                title: txt.columns.actions,
                width: 150,
                render: (_: unknown, u: RelatedUnit) =>
                  u.activeKey && (
                    <Space size={4}>
                      {u.activeKey.verification === 'unverified' && (
                        <Button size="small" type="link" onClick={() => props.onVerify(u)}>
                          {txt.actions.verify}
                        </Button>
                      )}
                      <Button size="small" type="link" danger onClick={() => props.onRevoke(u)}>
                        {txt.actions.revoke}
                      </Button>
                    </Space>
                  ),
              },
            ]
          : []),
      ]}
    />
  )
}
