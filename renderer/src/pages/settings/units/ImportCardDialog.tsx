import { useState } from 'react'
import { Alert, Button, Checkbox, Descriptions, Modal, Space, Upload } from 'antd'
import { InboxOutlined } from '@ant-design/icons'
import type { UnitsOverview } from '../../../../../shared/contract/units'
import { t } from '../../../../../shared/i18n'
import type { KeyCardBody } from '../../../../../shared/packages/format'
import { peekKeyCard } from '../../../../../shared/packages/peekCard'
import { call } from '../../../api/client'
import { Fingerprint } from './Fingerprint'
import { FingerprintInput, fingerprintMatches } from './FingerprintInput'
import { useCoreAction } from './useCoreAction'

const txt = t.unitsUi.importDialog

interface Picked {
  text: string
  card: KeyCardBody
}

/**
 * A card replaces the one held only when it is not a rotation of it: the unit lost its key
 * (UPWARD.md). The core asks for the confirmation; the dialog says why before it is asked.
 */
function needsReplacement(overview: UnitsOverview, card: KeyCardBody): boolean {
  const held = [...overview.upper, ...overview.lower].find((u) => u.code === card.unit.code)
  if (!held || held.keys.some((k) => k.fingerprint === card.fingerprint)) return false
  return !held.activeKey || card.previousFingerprint !== held.activeKey.fingerprint
}

/** 导入密钥卡: pick the file, see its unit and fingerprint, compare it (已核验) or skip (未核验). */
export function ImportCardDialog(props: {
  overview: UnitsOverview
  onClose(): void
  onRegistered(): void
}) {
  const { busy, run, message } = useCoreAction()
  const [picked, setPicked] = useState<Picked | null>(null)
  const [pickError, setPickError] = useState<string | null>(null)
  const [typed, setTyped] = useState('')
  const [confirmed, setConfirmed] = useState(false)

  async function pick(file: File) {
    const text = await file.text()
    const card = peekKeyCard(text)
    setPickError(card ? null : txt.notACard)
    setPicked(card ? { text, card } : null)
    setTyped('')
    setConfirmed(false)
  }

  const replacing = picked ? needsReplacement(props.overview, picked.card) : false
  const matches = picked ? fingerprintMatches(typed, picked.card.fingerprint) : false

  const register = (verify: boolean) =>
    picked &&
    run(
      () =>
        call('units.register', {
          card: picked.text,
          ...(verify ? { fingerprint: typed } : {}),
          ...(replacing ? { replace: true as const } : {}),
        }),
      (r) => {
        const state = t.unitsUi.verification[r.unit.activeKey?.verification ?? 'unverified']
        message.success(txt.registered(r.unit.code, r.unit.name, state))
        props.onRegistered()
      },
    )

  return (
    <Modal
      open
      title={txt.title}
      width={640}
      onCancel={props.onClose}
      destroyOnHidden
      footer={
        picked && (
          <Space>
            {!replacing && (
              <Button onClick={() => void register(false)} disabled={busy}>
                {txt.skip}
              </Button>
            )}
            <Button
              type="primary"
              loading={busy}
              disabled={!matches || (replacing && !confirmed)}
              onClick={() => void register(true)}
            >
              {replacing ? txt.replace : txt.verifyAndRegister}
            </Button>
          </Space>
        )
      }
    >
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Upload.Dragger
          accept=".xlkey,.json"
          multiple={false}
          showUploadList={false}
          beforeUpload={(file) => {
            void pick(file)
            // Nothing is uploaded: the card is read here and handed to the core as text.
            return Upload.LIST_IGNORE
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{txt.pick}</p>
          <p className="ant-upload-hint">{txt.pickHint}</p>
        </Upload.Dragger>
        {pickError && <Alert type="error" showIcon title={pickError} />}
        {picked && (
          <>
            <Descriptions column={1} bordered size="small" styles={{ label: { width: 120 } }}>
              <Descriptions.Item label={txt.unit}>
                {picked.card.unit.code} {picked.card.unit.name}
              </Descriptions.Item>
              <Descriptions.Item label={txt.level}>
                {t.common.unitLevels[picked.card.unit.level]}
              </Descriptions.Item>
              <Descriptions.Item label={txt.fingerprintOnCard}>
                <Fingerprint digits={picked.card.fingerprint} size={16} />
              </Descriptions.Item>
            </Descriptions>
            {replacing && (
              <Alert
                type="warning"
                showIcon
                title={txt.replaceTitle(picked.card.unit.code, picked.card.unit.name)}
                description={
                  <Space orientation="vertical">
                    {txt.replaceBody}
                    <Checkbox checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)}>
                      {txt.replaceConfirm}
                    </Checkbox>
                  </Space>
                }
              />
            )}
            <div>{txt.compare}</div>
            <FingerprintInput
              value={typed}
              onChange={setTyped}
              expected={picked.card.fingerprint}
            />
            {!replacing && <Alert type="info" showIcon title={txt.skipWarning} />}
          </>
        )}
      </Space>
    </Modal>
  )
}
