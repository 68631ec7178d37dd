import { useCallback, useEffect, useState } from 'react'
import { Button, Card, Empty, Input, Select, Space, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { PlusOutlined, SearchOutlined, TagsOutlined, TrophyOutlined } from '@ant-design/icons'
import type { Input as CallInput, SessionInfo } from '../../../../shared/contract'
import {
  SUGGESTION_LEVELS,
  SUGGESTION_STATUSES,
  type Suggestion,
  type SuggestionPage,
} from '../../../../shared/contract/suggestions'
import { t } from '../../../../shared/i18n'
import { call } from '../../api/client'
import { useLoaded } from '../../api/useLoaded'
import { navigate } from '../../router/hashRoute'
import { PageTitle } from '../PageTitle'
import {
  LocalDictionaryModal,
  type LocalDictionaryApi,
} from '../organizations/LocalDictionaryModal'
import { canWrite, isAdmin } from '../persons/common/access'
import { LedgerButtons } from './LedgerButtons'
import { adoptionText, instructionText, submitterText } from './suggestionText'

const txt = t.suggestionsUi.list
const cols = txt.columns
const PAGE_SIZE = 50
const SEARCH_DEBOUNCE_MS = 250
const EMPTY: SuggestionPage = { total: 0, page: 1, pageSize: PAGE_SIZE, items: [] }

type Filter = Omit<CallInput<'suggestions.list'>, 'page' | 'pageSize'>

const kindsApi: LocalDictionaryApi = {
  list: () => call('suggestions.kinds', { includeDisabled: true }),
  save: (e) => call('suggestions.saveKind', e),
  remove: (code) => call('suggestions.deleteKind', { code }),
}
const channelsApi: LocalDictionaryApi = {
  list: () => call('suggestions.channels', { includeDisabled: true }),
  save: (e) => call('suggestions.saveChannel', e),
  remove: (code) => call('suggestions.deleteChannel', { code }),
}

/** `#/suggestions`: every suggestion, newest first, filtered and searched on the core. */
export function SuggestionsListPage({ session }: { session: SessionInfo }) {
  const [filter, setFilter] = useState<Filter>({ year: new Date().getFullYear() })
  const [page, setPage] = useState(1)
  const [typed, setTyped] = useState('')
  const [employerTyped, setEmployerTyped] = useState('')
  const [dict, setDict] = useState<'kinds' | 'channels' | null>(null)
  const writer = canWrite(session)
  const set = useCallback((patch: Filter) => {
    setFilter((f) => ({ ...f, ...patch }))
    setPage(1)
  }, [])

  useEffect(() => {
    const timer = window.setTimeout(
      () => set({ query: typed.trim() || undefined, employer: employerTyped.trim() || undefined }),
      SEARCH_DEBOUNCE_MS,
    )
    return () => window.clearTimeout(timer)
  }, [typed, employerTyped, set])

  const fetcher = useCallback(
    () => call('suggestions.list', { ...filter, page, pageSize: PAGE_SIZE }),
    [filter, page],
  )
  const { data, loading } = useLoaded(fetcher, EMPTY)
  const kinds = useLoaded(
    useCallback(() => call('suggestions.kinds', { includeDisabled: true }), []),
    [],
  )

  const thisYear = new Date().getFullYear()
  const yearOptions = [
    { value: 0, label: txt.allYears },
    ...Array.from({ length: 12 }, (_, i) => thisYear + 1 - i).map((y) => ({
      value: y,
      label: txt.year(y),
    })),
  ]
  const open = (s: Suggestion) => navigate(`/suggestions/${encodeURIComponent(s.id)}`)
  const columns: ColumnsType<Suggestion> = [
    { title: cols.date, dataIndex: 'submittedOn', width: 110 },
    {
      title: cols.title,
      dataIndex: 'title',
      ellipsis: true,
      render: (title: string, s) => (
        <Typography.Link
          href={`#/suggestions/${encodeURIComponent(s.id)}`}
          onClick={(e) => e.stopPropagation()}
        >
          {title}
        </Typography.Link>
      ),
    },
    { title: cols.kind, dataIndex: 'kindName', width: 90 },
    {
      title: cols.submitters,
      key: 'submitters',
      width: 160,
      ellipsis: true,
      render: (_, s) => submitterText(s),
    },
    {
      title: cols.channel,
      dataIndex: 'channelName',
      width: 130,
      render: (v: string | null) => v ?? t.common.none,
    },
    {
      title: cols.adoption,
      key: 'adoption',
      width: 200,
      ellipsis: true,
      render: (_, s) => adoptionText(s) || t.common.none,
    },
    {
      title: cols.instruction,
      key: 'instruction',
      width: 150,
      ellipsis: true,
      render: (_, s) => instructionText(s) || t.common.none,
    },
    {
      title: cols.status,
      dataIndex: 'status',
      width: 80,
      render: (v: string) => <Tag>{t.suggestions.statusNames[v]}</Tag>,
    },
    {
      title: cols.score,
      dataIndex: 'score',
      width: 64,
      align: 'right',
      render: (v: number) => <strong data-testid="suggestion-score">{v}</strong>,
    },
  ]

  return (
    <div style={{ maxWidth: 1500 }}>
      <PageTitle
        extra={
          <Space wrap>
            <Button icon={<TrophyOutlined />} onClick={() => navigate('/suggestions/ranking')}>
              {txt.ranking}
            </Button>
            <LedgerButtons year={filter.year ?? null} />
            {isAdmin(session) && (
              <>
                <Button icon={<TagsOutlined />} onClick={() => setDict('kinds')}>
                  {txt.kinds}
                </Button>
                <Button icon={<TagsOutlined />} onClick={() => setDict('channels')}>
                  {txt.channels}
                </Button>
              </>
            )}
            {writer && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => navigate('/suggestions/new')}
              >
                {txt.add}
              </Button>
            )}
          </Space>
        }
      >
        {txt.title}
      </PageTitle>
      <Card size="small" style={{ marginBottom: 12 }} styles={{ body: { padding: 14 } }}>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
          <Select
            aria-label={txt.yearLabel}
            value={filter.year ?? 0}
            options={yearOptions}
            onChange={(v: number) => set({ year: v || undefined })}
            style={{ width: 112 }}
          />
          <Select
            aria-label={txt.kindLabel}
            allowClear
            placeholder={txt.allKinds}
            value={filter.kind}
            options={kinds.data.map((e) => ({ value: e.code, label: e.name }))}
            onChange={(v?: string) => set({ kind: v })}
            style={{ width: 120 }}
          />
          <Select
            aria-label={txt.statusLabel}
            allowClear
            placeholder={txt.allStatuses}
            value={filter.status}
            options={SUGGESTION_STATUSES.map((s) => ({
              value: s,
              label: t.suggestions.statusNames[s],
            }))}
            onChange={(v?: Filter['status']) => set({ status: v })}
            style={{ width: 110 }}
          />
          <Select
            aria-label={txt.levelLabel}
            allowClear
            placeholder={txt.allLevels}
            value={filter.level}
            options={SUGGESTION_LEVELS.map((l) => ({
              value: l,
              label: t.suggestions.levelNames[l],
            }))}
            onChange={(v?: Filter['level']) => set({ level: v })}
            style={{ width: 130 }}
          />
          <Input
            allowClear
            value={employerTyped}
            onChange={(e) => setEmployerTyped(e.target.value)}
            placeholder={txt.employerPlaceholder}
            aria-label={txt.employerLabel}
            maxLength={100}
            style={{ width: 160 }}
          />
          <Input
            allowClear
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            prefix={<SearchOutlined style={{ color: '#8a94a6' }} />}
            placeholder={txt.searchPlaceholder}
            aria-label={txt.searchLabel}
            maxLength={100}
            style={{ width: 240 }}
          />
          <Typography.Text strong style={{ marginLeft: 'auto' }} data-testid="suggestions-total">
            {txt.total(data.total)}
          </Typography.Text>
        </div>
      </Card>
      <Card size="small" styles={{ body: { padding: 0 } }}>
        <Table<Suggestion>
          rowKey="id"
          size="small"
          aria-label={txt.title}
          loading={loading}
          columns={columns}
          dataSource={data.items}
          onRow={(s) => ({
            onClick: () => open(s),
            onKeyDown: (e) => {
              if (e.key === 'Enter') open(s)
            },
            tabIndex: 0,
            style: { cursor: 'pointer' },
          })}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: data.total,
            hideOnSinglePage: true,
            showSizeChanger: false,
            onChange: setPage,
          }}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={data.total === 0 && !filter.query ? txt.empty : txt.noMatch}
              />
            ),
          }}
        />
      </Card>
      {isAdmin(session) && (
        <LocalDictionaryModal
          open={dict !== null}
          title={
            dict === 'channels'
              ? t.suggestionsUi.channelsDict.title
              : t.suggestionsUi.kindsDict.title
          }
          intro={
            dict === 'channels'
              ? t.suggestionsUi.channelsDict.intro
              : t.suggestionsUi.kindsDict.intro
          }
          api={dict === 'channels' ? channelsApi : kindsApi}
          onClose={(changed) => {
            setDict(null)
            if (changed) void kinds.reload()
          }}
        />
      )}
    </div>
  )
}
