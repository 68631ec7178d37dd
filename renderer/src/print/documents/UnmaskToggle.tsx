import { App, Segmented } from 'antd'
import type { SessionInfo } from '../../../../shared/contract'
import { roleAllows } from '../../../../shared/contract/roles'
import { t } from '../../../../shared/i18n'

const txt = t.print

/**
 * 脱敏 / 完整号码. Full ID and phone numbers need an operator, a confirmation, and leave an
 * audit record (the core writes it when it builds the unmasked document).
 */
export function UnmaskToggle(props: {
  session: SessionInfo
  unmasked: boolean
  onChange(unmasked: boolean): void
}) {
  const { modal } = App.useApp()
  const allowed = roleAllows(props.session.role, 'operator')
  function pick(value: string) {
    if (value === 'masked') return props.onChange(false)
    modal.confirm({
      title: txt.unmaskedConfirm.title,
      content: txt.unmaskedConfirm.content,
      okText: txt.unmaskedConfirm.ok,
      cancelText: txt.unmaskedConfirm.cancel,
      onOk: () => props.onChange(true),
    })
  }
  return (
    <Segmented
      aria-label={txt.toolbar.masked}
      value={props.unmasked ? 'full' : 'masked'}
      onChange={(v) => pick(String(v))}
      options={[
        { value: 'masked', label: txt.toolbar.masked },
        { value: 'full', label: txt.toolbar.unmasked, disabled: !allowed },
      ]}
    />
  )
}
