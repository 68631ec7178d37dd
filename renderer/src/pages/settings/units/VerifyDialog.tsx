import { useState } from 'react'
import { Modal, Space } from 'antd'
import type { RelatedUnit } from '../../../../../shared/contract/units'
import { t } from '../../../../../shared/i18n'
import { call } from '../../../api/client'
import { useCoreAction } from './useCoreAction'
import { FingerprintInput, fingerprintMatches } from './FingerprintInput'

const txt = t.unitsUi

/** 核验指纹 later: the digits read out on the phone against the card registered 未核验. */
export function VerifyDialog(props: { unit: RelatedUnit; onClose(): void; onDone(): void }) {
  const { busy, run, message } = useCoreAction()
  const [typed, setTyped] = useState('')
  const expected = props.unit.activeKey?.fingerprint ?? ''

  const verify = () =>
    run(
      () => call('units.verifyKey', { unitId: props.unit.id, fingerprint: typed }),
      () => {
        message.success(txt.verifyDialog.done)
        props.onDone()
      },
    )

  return (
    <Modal
      open
      title={txt.verifyDialog.title(props.unit.code, props.unit.name)}
      okText={txt.verifyDialog.ok}
      okButtonProps={{ disabled: !fingerprintMatches(typed, expected), loading: busy }}
      onOk={() => void verify()}
      onCancel={props.onClose}
      destroyOnHidden
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        {txt.importDialog.compare}
        <FingerprintInput value={typed} onChange={setTyped} expected={expected} />
      </Space>
    </Modal>
  )
}
