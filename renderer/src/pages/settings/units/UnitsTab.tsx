import { useCallback, useState } from 'react'
import { Alert, App, Button, Descriptions, Space, Spin, Typography } from 'antd'
import { DownloadOutlined, ImportOutlined, PrinterOutlined, SyncOutlined } from '@ant-design/icons'
import type { RelatedUnit, UnitsOverview } from '../../../../../shared/contract/units'
import { t } from '../../../../../shared/i18n'
import { call } from '../../../api/client'
import { useLoaded } from '../../../api/useLoaded'
import { formatDateTime } from '../../../format/dateTime'
import { errorText } from '../../../forms/serverIssues'
import { KEY_REGISTRATION_PATH } from '../../../print/printLinks'
import { navigate } from '../../../router/hashRoute'
import { Fingerprint } from './Fingerprint'
import { ImportCardDialog } from './ImportCardDialog'
import { RelatedUnitsTable } from './RelatedUnitsTable'
import { RevokeDialog } from './RevokeDialog'
import { saveCard } from './saveCard'
import { useCoreAction } from './useCoreAction'
import { VerifyDialog } from './VerifyDialog'

const txt = t.unitsUi

type Dialog =
  | { kind: 'import' }
  | { kind: 'verify'; unit: RelatedUnit }
  | { kind: 'revoke'; unit: RelatedUnit }
  | null

/**
 * 设置 → 上下级单位: this unit's key, the units above and below it and their key cards
 * (UPWARD.md "Units and keys"). Everyone sees it and may hand out this unit's card (public
 * keys only); registering, verifying, revoking and rotating are the administrator's.
 */
export function UnitsTab({ canManage }: { canManage: boolean }) {
  const { modal } = App.useApp()
  const { busy, run, message } = useCoreAction()
  const fetcher = useCallback(() => call('units.overview', {}), [])
  const { data, reload } = useLoaded<UnitsOverview | null>(fetcher, null)
  const [dialog, setDialog] = useState<Dialog>(null)

  const exportCard = () =>
    run(
      () => call('units.card', {}),
      (card) => {
        saveCard(card)
        message.success(txt.exported(card.fileName))
        void reload()
      },
    )

  function rotate() {
    modal.confirm({
      title: txt.rotateDialog.title,
      content: txt.rotateDialog.body,
      okText: txt.rotateDialog.ok,
      okButtonProps: { danger: true },
      onOk: async () => {
        try {
          const card = await call('units.rotateKeys', {})
          await reload()
          modal.success({
            title: txt.rotateDialog.doneTitle,
            content: (
              <Space orientation="vertical">
                {txt.rotateDialog.doneBody}
                <Fingerprint digits={card.fingerprint} />
              </Space>
            ),
            okText: txt.rotateDialog.exportNew,
            onOk: () => {
              saveCard(card)
              message.success(txt.exported(card.fileName))
            },
          })
        } catch (e) {
          message.error(errorText(e))
        }
      },
    })
  }

  if (!data) return <Spin style={{ display: 'block', margin: '40px auto' }} />
  const { self } = data
  const closeAndReload = () => {
    setDialog(null)
    void reload()
  }

  return (
    <Space orientation="vertical" size={24} style={{ width: '100%' }} data-testid="units-tab">
      <section>
        <Typography.Title level={5}>{txt.self.title}</Typography.Title>
        <Descriptions column={1} bordered size="small" styles={{ label: { width: 140 } }}>
          <Descriptions.Item label={txt.self.code}>{self.code}</Descriptions.Item>
          <Descriptions.Item label={txt.self.name}>{self.name}</Descriptions.Item>
          <Descriptions.Item label={txt.self.level}>
            {t.common.unitLevels[self.level]}
          </Descriptions.Item>
          <Descriptions.Item label={txt.self.fingerprint}>
            {self.fingerprint ? (
              <Space orientation="vertical" size={4}>
                <Fingerprint digits={self.fingerprint} size={16} />
                <Typography.Text type="secondary">{txt.self.fingerprintHelp}</Typography.Text>
              </Space>
            ) : (
              <Typography.Text type="secondary">{txt.self.noKey}</Typography.Text>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={txt.self.created}>
            {formatDateTime(self.keyCreatedAt)}
          </Descriptions.Item>
        </Descriptions>
        <Space wrap style={{ marginTop: 12 }}>
          <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void exportCard()}>
            {txt.actions.exportCard}
          </Button>
          <Button
            icon={<PrinterOutlined />}
            disabled={!self.fingerprint}
            onClick={() => navigate(KEY_REGISTRATION_PATH)}
          >
            {txt.actions.printForm}
          </Button>
          {canManage && (
            <Button icon={<SyncOutlined />} danger disabled={!self.fingerprint} onClick={rotate}>
              {txt.actions.rotate}
            </Button>
          )}
        </Space>
      </section>

      {canManage ? (
        <Button
          type="primary"
          icon={<ImportOutlined />}
          onClick={() => setDialog({ kind: 'import' })}
          style={{ alignSelf: 'flex-start' }}
        >
          {txt.actions.importCard}
        </Button>
      ) : (
        <Alert type="info" showIcon title={txt.viewOnly} />
      )}

      {(['upper', 'lower'] as const).map((relation) => (
        <section key={relation} data-testid={`units-${relation}`}>
          <Typography.Title level={5}>{txt[relation]}</Typography.Title>
          <Typography.Paragraph type="secondary">
            {(relation === 'upper' ? txt.upperHint : txt.lowerHint)[self.level]}
          </Typography.Paragraph>
          <RelatedUnitsTable
            units={data[relation]}
            canManage={canManage}
            onVerify={(unit) => setDialog({ kind: 'verify', unit })}
            onRevoke={(unit) => setDialog({ kind: 'revoke', unit })}
          />
        </section>
      ))}

      {dialog?.kind === 'import' && (
        <ImportCardDialog
          overview={data}
          onClose={() => setDialog(null)}
          onRegistered={closeAndReload}
        />
      )}
      {dialog?.kind === 'verify' && (
        <VerifyDialog unit={dialog.unit} onClose={() => setDialog(null)} onDone={closeAndReload} />
      )}
      {dialog?.kind === 'revoke' && (
        <RevokeDialog unit={dialog.unit} onClose={() => setDialog(null)} onDone={closeAndReload} />
      )}
    </Space>
  )
}
