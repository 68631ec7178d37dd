import { useState } from 'react'
import { Alert, Button, Form, Input, Space, Typography } from 'antd'
import { PrinterOutlined } from '@ant-design/icons'
import { t } from '../../../shared/i18n'
import { recoveryKeyPrintPath } from '../print/printLinks'
import { navigate } from '../router/hashRoute'
import { matchesLastGroup, recoveryKeyGroups } from '../../../shared/security/recoveryKeyText'

const txt = t.recoveryUi

/**
 * The key in groups, a printable page, and the gate: nothing goes on until the user types
 * the last group, which they can only do from what they wrote down or printed.
 */
export function RecoveryKeyPanel({ recoveryKey, onDone }: { recoveryKey: string; onDone(): void }) {
  const groups = recoveryKeyGroups(recoveryKey)
  const [typed, setTyped] = useState('')
  const [wrong, setWrong] = useState(false)

  function confirm() {
    if (matchesLastGroup(recoveryKey, typed)) onDone()
    else setWrong(true)
  }

  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {txt.keyTitle}
      </Typography.Title>
      <Typography.Paragraph>{txt.keyIntro}</Typography.Paragraph>
      <div
        data-testid="recovery-key-groups"
        aria-label={txt.keyLabel}
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(4, auto)',
          justifyContent: 'center',
          gap: '8px 20px',
          padding: '16px 12px',
          margin: '8px 0 16px',
          background: '#f5f7fa',
          border: '1px solid #d9dee7',
          borderRadius: 6,
          fontFamily: '"DejaVu Sans Mono", Consolas, "Courier New", monospace',
          fontSize: 24,
          letterSpacing: 2,
        }}
      >
        {groups.map((g, i) => (
          <span key={i}>{g}</span>
        ))}
      </div>
      <Typography.Paragraph type="secondary">{txt.keyUse}</Typography.Paragraph>
      <Alert type="warning" showIcon title={txt.keyLoss} style={{ marginBottom: 16 }} />
      <Button
        icon={<PrinterOutlined />}
        onClick={() => navigate(recoveryKeyPrintPath())}
        style={{ marginBottom: 20 }}
      >
        {txt.print}
      </Button>
      <Form layout="vertical" onFinish={confirm} requiredMark={false}>
        <Form.Item
          label={txt.confirmLabel(groups.length)}
          validateStatus={wrong ? 'error' : undefined}
          help={wrong ? txt.confirmMismatch : undefined}
        >
          <Space.Compact style={{ width: '100%' }}>
            <Input
              value={typed}
              onChange={(e) => {
                setTyped(e.target.value)
                setWrong(false)
              }}
              maxLength={8}
              autoComplete="off"
              spellCheck={false}
              aria-label={txt.confirmLabel(groups.length)}
              style={{ fontFamily: 'monospace', letterSpacing: 2 }}
            />
            <Button type="primary" htmlType="submit" disabled={typed.trim() === ''}>
              {txt.continue}
            </Button>
          </Space.Compact>
        </Form.Item>
      </Form>
    </>
  )
}
