import { useState } from 'react'
import { App, Button, Input, Modal, Space } from 'antd'
import { CheckOutlined, RollbackOutlined } from '@ant-design/icons'
import type { ReviewOutcome } from '../../../../../shared/contract/packagesBoard'
import { t } from '../../../../../shared/i18n'
import { call } from '../../../api/client'
import { errorText } from '../../../forms/serverIssues'
import { saveText } from '../../imports/saveFile'

const txt = t.boardUi.review

/**
 * 审核通过 (after a confirmation) and 退回 (with a reason the county will read): either signs
 * a receipt, saved at once for the county.
 */
export function ReviewActions(props: {
  unit: string
  unitLabel: string
  period: string
  onDone: () => void
}) {
  const { message, modal } = App.useApp()
  const [returning, setReturning] = useState(false)
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)

  async function decide(decision: 'reviewed' | 'returned') {
    setBusy(true)
    try {
      const r: ReviewOutcome = await call('packages.review', {
        unit: props.unit,
        period: props.period,
        decision,
        ...(decision === 'returned' ? { reason } : {}),
      })
      saveText(r.receipt.fileName, r.receipt.signedText)
      message.success(txt.done(t.boardUi.status[r.status]!.replace(/^已/, '')))
      setReturning(false)
      props.onDone()
    } catch (e) {
      message.error(errorText(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Space>
      <Button
        type="primary"
        icon={<CheckOutlined />}
        loading={busy}
        onClick={() =>
          modal.confirm({
            title: txt.confirmAccept(props.unitLabel, props.period),
            onOk: () => decide('reviewed'),
          })
        }
      >
        {txt.accept}
      </Button>
      <Button danger icon={<RollbackOutlined />} onClick={() => setReturning(true)}>
        {txt.return}
      </Button>
      <Modal
        open={returning}
        title={txt.confirmReturn(props.unitLabel, props.period)}
        okText={txt.return}
        okButtonProps={{ danger: true, disabled: !reason.trim(), loading: busy }}
        onOk={() => void decide('returned')}
        onCancel={() => setReturning(false)}
      >
        <Input.TextArea
          aria-label={txt.reasonLabel}
          placeholder={txt.reasonPlaceholder}
          autoSize={{ minRows: 3 }}
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </Space>
  )
}
