import { useCallback, useState } from 'react'
import { Alert, App, Button, Input, Segmented, Space, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { UndoOutlined } from '@ant-design/icons'
import { CROSS_UNIT_VERDICTS } from '../../../../../shared/contract/crossUnit'
import type {
  CrossUnitPage as Page,
  CrossUnitPair,
  CrossUnitSide,
  CrossUnitVerdict,
} from '../../../../../shared/contract/crossUnit'
import type { SessionInfo } from '../../../../../shared/contract'
import { t } from '../../../../../shared/i18n'
import { call } from '../../../api/client'
import { useLoaded } from '../../../api/useLoaded'
import { formatDateTime } from '../../../format/dateTime'
import { errorText } from '../../../forms/serverIssues'
import { navigate } from '../../../router/hashRoute'
import { PageTitle } from '../../PageTitle'
import { canWrite } from '../common/access'
import '../common/persons.css'

const txt = t.crossUnit
type State = 'open' | 'marked' | 'all'
const PAGE_SIZE = 50
const EMPTY: Page = { pairs: [], total: 0, open: 0, marked: 0 }

function Side({ side, last }: { side: CrossUnitSide; last: boolean }) {
  return (
    <Space orientation="vertical" size={0}>
      <Space size={6}>
        <Typography.Link onClick={() => navigate(`/persons/${encodeURIComponent(side.personId)}`)}>
          {side.name}
        </Typography.Link>
        {last && <Tag color="blue">{txt.lastTouched}</Tag>}
      </Space>
      <Typography.Text type="secondary">
        {side.unitCode} {side.unitName}
        {side.ownedHere ? `（${txt.ownedHere}）` : ''}
      </Typography.Text>
      {side.employer && <Typography.Text>{side.employer}</Typography.Text>}
      <Typography.Text type="secondary">
        {txt.updatedAt(formatDateTime(side.updatedAt))}
      </Typography.Text>
    </Space>
  )
}

/** 跨单位重复人员: pairs of two units' records of one ID number, each marked 迁移 or 确认不同. */
export function CrossUnitPage({ session }: { session: SessionInfo }) {
  const { message, modal } = App.useApp()
  const [state, setState] = useState<State>('open')
  const [page, setPage] = useState(1)
  const fetcher = useCallback(
    () =>
      call('persons.crossUnitDuplicates', {
        state,
        offset: (page - 1) * PAGE_SIZE,
        limit: PAGE_SIZE,
      }),
    [state, page],
  )
  const { data, loading, reload } = useLoaded(fetcher, EMPTY)
  const writer = canWrite(session)

  async function save(pair: CrossUnitPair, verdict: CrossUnitVerdict | null, note?: string) {
    try {
      await call('persons.markCrossUnitPair', {
        personA: pair.a.personId,
        personB: pair.b.personId,
        verdict,
        ...(note ? { note } : {}),
      })
      message.success(verdict ? txt.saved : txt.cleared)
    } catch (e) {
      message.error(errorText(e))
    }
    await reload()
  }

  function mark(pair: CrossUnitPair, verdict: CrossUnitVerdict) {
    let note = ''
    modal.confirm({
      title: txt.noteTitle(txt.verdicts[verdict]!),
      content: (
        <Input.TextArea
          aria-label={txt.noteLabel}
          placeholder={txt.notePlaceholder}
          maxLength={200}
          autoSize={{ minRows: 2 }}
          onChange={(e) => (note = e.target.value)}
        />
      ),
      onOk: () => save(pair, verdict, note.trim()),
    })
  }

  function clear(pair: CrossUnitPair) {
    modal.confirm({
      title: txt.clearMark,
      content: txt.clearConfirm,
      cancelButtonProps: { autoFocus: true },
      onOk: () => save(pair, null),
    })
  }

  const columns: ColumnsType<CrossUnitPair> = [
    {
      title: txt.columns.idNumber,
      dataIndex: 'idNumber',
      width: 190,
      render: (v: string) => <span className="pl-mono">{v}</span>,
    },
    {
      title: txt.columns.a,
      key: 'a',
      render: (_, p) => <Side side={p.a} last={p.lastTouched === 'a'} />,
    },
    {
      title: txt.columns.b,
      key: 'b',
      render: (_, p) => <Side side={p.b} last={p.lastTouched === 'b'} />,
    },
    {
      title: txt.columns.mark,
      key: 'mark',
      width: 220,
      render: (_, p) =>
        p.mark ? (
          <Space orientation="vertical" size={0}>
            <Tag color={p.mark.verdict === 'moved' ? 'gold' : 'green'}>
              {txt.verdicts[p.mark.verdict]}
            </Tag>
            <Typography.Text type="secondary">
              {txt.markBy(`${p.mark.unitCode} ${p.mark.unitName}`, formatDateTime(p.mark.markedAt))}
            </Typography.Text>
            {p.mark.note && <Typography.Text>{p.mark.note}</Typography.Text>}
          </Space>
        ) : (
          <Typography.Text type="secondary">{txt.states.open}</Typography.Text>
        ),
    },
    ...(writer
      ? [
          {
            title: txt.columns.actions,
            key: 'actions',
            width: 130,
            render: (_: unknown, p: CrossUnitPair) => (
              <Space orientation="vertical" size={0}>
                {CROSS_UNIT_VERDICTS.filter((v) => !(p.mark?.ownMark && p.mark.verdict === v)).map(
                  (v) => (
                    <Button key={v} type="link" size="small" onClick={() => mark(p, v)}>
                      {v === 'moved' ? txt.markMoved : txt.markDistinct}
                    </Button>
                  ),
                )}
                {p.mark?.ownMark && (
                  <Button type="link" size="small" icon={<UndoOutlined />} onClick={() => clear(p)}>
                    {txt.clearMark}
                  </Button>
                )}
              </Space>
            ),
          },
        ]
      : []),
  ]

  return (
    <div style={{ maxWidth: 1280 }}>
      <PageTitle back={{ label: txt.back, onClick: () => navigate('/persons') }}>
        {txt.title}
      </PageTitle>
      <Alert type="info" showIcon title={txt.intro} style={{ marginBottom: 16 }} />
      <Space style={{ marginBottom: 12 }} size={16}>
        <Segmented<State>
          value={state}
          onChange={(v) => {
            setState(v)
            setPage(1)
          }}
          options={(['open', 'marked', 'all'] as const).map((s) => ({
            value: s,
            label: txt.states[s],
          }))}
        />
        <Typography.Text type="secondary" data-testid="cross-unit-summary">
          {txt.summary(data.open, data.marked)}
        </Typography.Text>
      </Space>
      <Table<CrossUnitPair>
        rowKey={(p) => `${p.a.personId}|${p.b.personId}`}
        columns={columns}
        dataSource={data.pairs}
        loading={loading}
        locale={{ emptyText: state === 'open' ? txt.emptyOpen : txt.empty }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data.total,
          showSizeChanger: false,
          onChange: setPage,
        }}
      />
    </div>
  )
}
