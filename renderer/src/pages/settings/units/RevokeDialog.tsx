import { useState } from 'react'
import { Alert, Form, Input, Modal } from 'antd'
import type { RelatedUnit } from '../../../../../shared/contract/units'
import { t } from '../../../../../shared/i18n'
import { call } from '../../../api/client'
import { useCoreAction } from './useCoreAction'

const txt = t.unitsUi.revokeDialog

/** 吊销: names what stops working before the admin confirms, and asks why. */
export function RevokeDialog(props: { unit: RelatedUnit; onClose(): void; onDone(): void }) {
  const { busy, run, message } = useCoreAction()
  const [reason, setReason] = useState('')
  const key = props.unit.activeKey

  const revoke = () =>
    key &&
    run(
      () => call('units.revokeKey', { keyId: key.id, reason: reason.trim() }),
      () => {
        message.success(txt.done)
        props.onDone()
      },
    )

  return (
    <Modal
      open
      title={txt.title(props.unit.code, props.unit.name)}
      okText={txt.ok}
      okButtonProps={{ danger: true, disabled: reason.trim().length < 2, loading: busy }}
      onOk={() => void revoke()}
      onCancel={props.onClose}
      destroyOnHidden
    >
      <Alert type="warning" showIcon title={txt.consequence} style={{ marginBottom: 16 }} />
      <Form layout="vertical">
        <Form.Item label={txt.reason} required>
          <Input
            aria-label={txt.reason}
            value={reason}
            maxLength={200}
            placeholder={txt.reasonPlaceholder}
            onChange={(e) => setReason(e.target.value)}
          />
        </Form.Item>
      </Form>
    </Modal>
  )
}
