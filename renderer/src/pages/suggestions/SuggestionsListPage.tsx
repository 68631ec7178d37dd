import { useCallback, useEffect, useState } from 'react'
import { Button, Card, Empty, Select, Space, Table, Tag } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { ImportOutlined, PlusOutlined, TagsOutlined, TrophyOutlined } from '@ant-design/icons'
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
import { FilterBar } from '../../lists/FilterBar'
import { ChoiceFilter, TextFilter } from '../../lists/FilterControls'
import { UnitFilter } from '../../lists/UnitFilter'
import { unitColumn } from '../../lists/unitColumn'
import { useAtUpperUnit } from '../../lists/useUnitScope'
import { openableRows, RecordLink } from '../../lists/openableRows'
import { yearOptions } from '../../lists/yearOptions'
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

  const open = (s: Suggestion) => navigate(`/suggestions/${encodeURIComponent(s.id)}`)
  const upper = useAtUpperUnit()
  const columns: ColumnsType<Suggestion> = [
    { title: cols.date, dataIndex: 'submittedOn', width: 110 },
    {
      title: cols.title,
      dataIndex: 'title',
      ellipsis: true,
      render: (title: string, s) => (
        <RecordLink href={`#/suggestions/${encodeURIComponent(s.id)}`}>{title}</RecordLink>
      ),
    },
    ...unitColumn(upper, 130),
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
              <Button icon={<ImportOutlined />} onClick={() => navigate('/suggestions/import')}>
                {t.suggestionImport.ui.button}
              </Button>
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
      <FilterBar total={txt.total(data.total)} totalTestId="suggestions-total">
        <UnitFilter
          value={filter.units?.[0]}
          onChange={(code) => set({ units: code ? [code] : undefined })}
        />
        <Select
          aria-label={txt.yearLabel}
          value={filter.year ?? 0}
          options={yearOptions(txt.allYears, txt.year)}
          onChange={(v: number) => set({ year: v || undefined })}
          style={{ width: 112 }}
        />
        <ChoiceFilter
          label={txt.kindLabel}
          placeholder={txt.allKinds}
          value={filter.kind}
          options={kinds.data.map((e) => ({ value: e.code, label: e.name }))}
          onChange={(kind) => set({ kind })}
          width={120}
        />
        <ChoiceFilter
          label={txt.statusLabel}
          placeholder={txt.allStatuses}
          value={filter.status}
          options={SUGGESTION_STATUSES.map((s) => ({
            value: s,
            label: t.suggestions.statusNames[s] ?? s,
          }))}
          onChange={(status) => set({ status })}
          width={110}
        />
        <ChoiceFilter
          label={txt.levelLabel}
          placeholder={txt.allLevels}
          value={filter.level}
          options={SUGGESTION_LEVELS.map((l) => ({
            value: l,
            label: t.suggestions.levelNames[l] ?? l,
          }))}
          onChange={(level) => set({ level })}
          width={130}
        />
        <TextFilter
          label={txt.employerLabel}
          placeholder={txt.employerPlaceholder}
          value={employerTyped}
          onChange={setEmployerTyped}
          width={160}
        />
        <TextFilter
          search
          label={txt.searchLabel}
          placeholder={txt.searchPlaceholder}
          value={typed}
          onChange={setTyped}
          width={240}
        />
      </FilterBar>
      <Card size="small" styles={{ body: { padding: 0 } }}>
        <Table<Suggestion>
          rowKey="id"
          size="small"
          aria-label={txt.title}
          loading={loading}
          columns={columns}
          dataSource={data.items}
          onRow={openableRows(open)}
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
