import { Alert, Select, Space, Typography } from 'antd'
import type { SessionInfo, SystemStatus } from '../../../../shared/contract'
import {
  DEFAULT_ROSTER_COLUMNS,
  ROSTER_COLUMN_KEYS,
  type RosterColumnKey,
} from '../../../../shared/documents/roster'
import { t } from '../../../../shared/i18n'
import { call } from '../../api/client'
import { useHashPath } from '../../router/hashRoute'
import { PrintFrame } from '../PrintFrame'
import { rosterPrintPath, type RosterPrintSource } from '../printLinks'
import { hashQuery, rosterRequest, type RosterRequest } from '../printQuery'
import { replaceRoute } from '../replaceRoute'
import { TableSheet } from '../sheets/TableSheet'
import { usePrintModel } from '../usePrintModel'
import { UnmaskToggle } from './UnmaskToggle'

const columnLabels = t.documents.roster.columns
/** More columns than this on a landscape A4 page shrink the type below easy reading. */
const READABLE_COLUMNS = 14

function backPath(source: RosterRequest['input']['source']): string {
  if (source.kind === 'organization') return '/organizations'
  if (source.kind === 'activity') return '/activities'
  return '/persons'
}

function printSource(source: RosterRequest['input']['source']): RosterPrintSource {
  return source.kind === 'filter' ? { kind: 'filter', filter: source.filter } : source
}

/**
 * `#/print/roster?…`: the 花名册 of a filter, an organization's members or an activity's
 * participants, in the chosen columns, masked unless an operator asks otherwise.
 */
export function RosterPrint(props: { session: SessionInfo; shell: SystemStatus['shell'] }) {
  const path = useHashPath()
  const request = rosterRequest(hashQuery(path))
  if (!request) {
    return <Alert type="error" showIcon title={t.print.badRoster} style={{ margin: 48 }} />
  }
  return <RosterDocument key={JSON.stringify(request.input.source)} request={request} {...props} />
}

function RosterDocument(props: {
  request: RosterRequest
  session: SessionInfo
  shell: SystemStatus['shell']
}) {
  const { input, unmasked, objectId } = props.request
  const source = printSource(input.source)
  const columns = input.columns ?? []
  const route = rosterPrintPath(source, { columns, unmasked, title: input.title })
  const state = usePrintModel(route, () =>
    call(unmasked ? 'documents.rosterUnmasked' : 'documents.roster', input),
  )
  const roster = state.status === 'ready' ? state.model : null
  const change = (next: { columns?: RosterColumnKey[]; unmasked?: boolean }) =>
    replaceRoute(
      rosterPrintPath(source, {
        columns: next.columns ?? columns,
        unmasked: next.unmasked ?? unmasked,
        title: input.title,
      }),
    )

  return (
    <PrintFrame
      state={state}
      shell={props.shell}
      orientation="landscape"
      backPath={backPath(input.source)}
      job={
        roster && {
          kind: 'roster',
          route,
          landscape: true,
          title: roster.title,
          pages: roster.pages.length,
          masked: roster.masked,
          ...(objectId ? { objectId } : {}),
        }
      }
      options={
        <Space wrap>
          <span>{t.print.toolbar.columns}</span>
          <Select
            aria-label={t.print.toolbar.columns}
            mode="multiple"
            maxTagCount="responsive"
            style={{ minWidth: 280, maxWidth: 520 }}
            value={columns.length ? columns : DEFAULT_ROSTER_COLUMNS}
            onChange={(v: RosterColumnKey[]) => v.length && change({ columns: v })}
            options={ROSTER_COLUMN_KEYS.map((k) => ({ value: k, label: columnLabels[k] ?? k }))}
          />
          {(columns.length || DEFAULT_ROSTER_COLUMNS.length) > READABLE_COLUMNS && (
            <Typography.Text type="warning">{t.print.toolbar.manyColumns}</Typography.Text>
          )}
          <UnmaskToggle
            session={props.session}
            unmasked={unmasked}
            onChange={(u) => change({ unmasked: u })}
          />
        </Space>
      }
    >
      {roster?.pages.map((page) => (
        <TableSheet key={page.number} doc={roster} page={page} footerAlign="right" />
      ))}
    </PrintFrame>
  )
}
