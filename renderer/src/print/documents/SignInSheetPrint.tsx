import { Checkbox, InputNumber, Space } from 'antd'
import type { SessionInfo, SystemStatus } from '../../../../shared/contract'
import { signInCells } from '../../../../shared/documents/signInSheet'
import { t } from '../../../../shared/i18n'
import { call } from '../../api/client'
import { useHashPath } from '../../router/hashRoute'
import { PrintFrame } from '../PrintFrame'
import { signInPrintPath } from '../printLinks'
import { replaceRoute } from '../replaceRoute'
import { hashQuery, signInOptions } from '../printQuery'
import { TableSheet } from '../sheets/TableSheet'
import { usePrintModel } from '../usePrintModel'

const txt = t.print.toolbar

/** `#/print/sign-in/<activityId>?blank=10&phone=1&signTime=1`: the 签到表 of an activity. */
export function SignInSheetPrint(props: {
  activityId: string
  session: SessionInfo
  shell: SystemStatus['shell']
}) {
  const path = useHashPath()
  const opts = signInOptions(hashQuery(path))
  const route = signInPrintPath(props.activityId, opts)
  const state = usePrintModel(route, () =>
    call('documents.signInSheet', { activityId: props.activityId, ...opts }),
  )
  const sheet = state.status === 'ready' ? state.model : null
  const change = (next: Partial<typeof opts>) =>
    replaceRoute(signInPrintPath(props.activityId, { ...opts, ...next }))
  const keys = sheet?.columns.map((c) => c.key) ?? []

  return (
    <PrintFrame
      state={state}
      shell={props.shell}
      orientation="portrait"
      backPath="/activities"
      job={
        sheet && {
          kind: 'signIn',
          route,
          landscape: false,
          title: sheet.title,
          pages: sheet.pages.length,
          masked: true,
          objectId: props.activityId,
        }
      }
      options={
        <Space wrap>
          <Space size={4}>
            <span>{txt.blankRows}</span>
            <InputNumber
              aria-label={txt.blankRows}
              min={0}
              max={200}
              precision={0}
              value={opts.blankRows}
              style={{ width: 72 }}
              onChange={(v) => v !== null && change({ blankRows: v })}
            />
            <span>{txt.blankRowsUnit}</span>
          </Space>
          <Checkbox
            checked={opts.showPhone}
            onChange={(e) => change({ showPhone: e.target.checked })}
          >
            {txt.showPhone}
          </Checkbox>
          <Checkbox
            checked={opts.showSignTime}
            onChange={(e) => change({ showSignTime: e.target.checked })}
          >
            {txt.showSignTime}
          </Checkbox>
        </Space>
      }
    >
      {sheet?.pages.map((page) => (
        <TableSheet
          key={page.number}
          doc={sheet}
          page={{ ...page, rows: page.rows.map((r) => signInCells(r, keys)) }}
          footerAlign="right"
        />
      ))}
    </PrintFrame>
  )
}
