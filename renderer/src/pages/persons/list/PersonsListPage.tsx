import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import {
  Alert,
  Button,
  Card,
  Empty,
  Select,
  Space,
  Spin,
  Tooltip,
  Typography,
  type InputRef,
} from 'antd'
import {
  DeleteOutlined,
  ImportOutlined,
  PlusOutlined,
  ReloadOutlined,
  SortAscendingOutlined,
  SortDescendingOutlined,
  PrinterOutlined,
  TeamOutlined,
} from '@ant-design/icons'
import type { PersonSort, SessionInfo } from '../../../../../shared/contract'
import { t } from '../../../../../shared/i18n'
import { call } from '../../../api/client'
import { navigate } from '../../../router/hashRoute'
import { PersonsExportButton } from '../../imports/export/PersonsExportButton'
import { filteredRosterPath } from '../../../print/printLinks'
import { PageTitle } from '../../PageTitle'
import { canWrite, isAdmin } from '../common/access'
import { useDictionaries } from '../common/dictionaryStore'
import { ColumnChooser } from './ColumnChooser'
import { useColumnPrefs } from './columnPrefs'
import { GRID_COLUMNS } from './gridColumns'
import {
  activeFilterCount,
  effectiveSort,
  listQuery,
  usePersonListState,
  type PersonFilters,
} from './listState'
import { PersonFilterBar } from './PersonFilterBar'
import { PersonGrid } from './PersonGrid'
import { SearchBox } from './SearchBox'
import { usePersonChunks } from './usePersonChunks'
import { useSession } from '../../../session/sessionStore'

const txt = t.personsUi.list
type ChosenSort = Exclude<PersonSort, 'relevance'> | 'relevance'
const NEWEST_FIRST: ReadonlySet<PersonSort> = new Set(['updatedAt', 'createdAt'])

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName))
}

/** The register: search, filters, chosen columns and a list that scrolls through any number. */
export function PersonsListPage({ session }: { session: SessionInfo }) {
  const state = usePersonListState()
  const claim = usePersonListState((s) => s.claim)
  useEffect(() => claim(session.userId), [claim, session.userId])
  if (state.userId !== session.userId) return null
  return <PersonsList session={session} />
}

function PersonsList({ session }: { session: SessionInfo }) {
  const { query, filters, sort, desc, active, scrollTop, set } = usePersonListState()
  const dict = useDictionaries()
  const [columnKeys, setColumnKeys] = useColumnPrefs(session.userId)
  const columns = useMemo(
    () => GRID_COLUMNS.filter((c) => columnKeys.includes(c.key)),
    [columnKeys],
  )
  const input = useMemo(() => listQuery(query, filters, sort, desc), [query, filters, sort, desc])
  const data = usePersonChunks(input)
  const searchRef = useRef<InputRef>(null)
  const gridRef = useRef<HTMLDivElement>(null)
  const [demoCount, setDemoCount] = useState(0)
  const writer = canWrite(session)
  // Records of two units meet only above a county, where packages from below arrive.
  const upperUnit = useSession((s) => (s.status?.unit?.level ?? 'county') !== 'county')

  useEffect(() => {
    call('persons.count', { isDemo: true })
      .then((r) => setDemoCount(r.count))
      .catch(() => undefined)
  }, [])

  // `/` or Ctrl+F from anywhere on the page goes to the search box.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const ctrlF = (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f'
      if (ctrlF || (e.key === '/' && !isTyping(e.target))) {
        e.preventDefault()
        searchRef.current?.focus({ cursor: 'all' })
      }
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])

  const restart = (patch: Parameters<typeof set>[0]) => set({ ...patch, active: 0, scrollTop: 0 })
  const onSearch = useCallback(
    (q: string) => usePersonListState.getState().set({ query: q, active: 0, scrollTop: 0 }),
    [],
  )
  const { ensure } = data
  const onRange = useCallback((a: number, b: number) => ensure(a, b), [ensure])
  const onScrollTop = useCallback((top: number) => set({ scrollTop: top }), [set])
  const current = effectiveSort(query, sort)

  function sortBy(next: ChosenSort) {
    if (next === current) restart({ sort: next, desc: !desc })
    else restart({ sort: next, desc: NEWEST_FIRST.has(next) })
  }

  const sortOptions = (['relevance', 'name', 'birthDate', 'updatedAt', 'createdAt'] as const)
    .filter((s) => s !== 'relevance' || query.trim())
    .map((s) => ({ value: s, label: txt.sorts[s] }))

  const filtered = activeFilterCount(filters) > 0 || query.trim() !== ''

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 420 }}>
      <PageTitle
        extra={
          <Space>
            <Tooltip title={t.paper.buttons.rosterHint}>
              <Button
                icon={<PrinterOutlined />}
                onClick={() => navigate(filteredRosterPath(input))}
              >
                {t.paper.buttons.roster}
              </Button>
            </Tooltip>
            <PersonsExportButton session={session} query={input} filtered={filtered} />
            {writer && (
              <Button icon={<ImportOutlined />} onClick={() => navigate('/persons/import')}>
                {t.importsUi.wizard.open}
              </Button>
            )}
            {upperUnit && (
              <Button icon={<TeamOutlined />} onClick={() => navigate('/persons/cross-unit')}>
                {t.crossUnit.open}
              </Button>
            )}
            {writer && (
              <Button icon={<DeleteOutlined />} onClick={() => navigate('/persons/recycle-bin')}>
                {txt.recycleBin}
              </Button>
            )}
            {writer && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => navigate('/persons/new')}
              >
                {txt.add}
              </Button>
            )}
          </Space>
        }
      >
        {txt.title}
      </PageTitle>
      {demoCount > 0 && (
        <Alert
          type="warning"
          showIcon
          title={txt.demoBanner(demoCount)}
          style={{ marginBottom: 12 }}
        />
      )}
      <Card
        style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}
        styles={{
          body: {
            flex: 1,
            minHeight: 0,
            display: 'flex',
            flexDirection: 'column',
            gap: 10,
            padding: 14,
          },
        }}
      >
        <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
          <SearchBox
            value={query}
            onSearch={onSearch}
            onLeave={() => gridRef.current?.focus()}
            inputRef={searchRef}
          />
          <Space.Compact>
            <Select
              aria-label={txt.sortLabel}
              value={current}
              options={sortOptions}
              onChange={(v: ChosenSort) => restart({ sort: v, desc: NEWEST_FIRST.has(v) })}
              style={{ width: 120 }}
              prefix={<span style={{ color: '#8a94a6' }}>{txt.sortLabel}</span>}
            />
            <Tooltip title={desc ? txt.desc : txt.asc}>
              <Button
                aria-label={desc ? txt.desc : txt.asc}
                icon={desc ? <SortDescendingOutlined /> : <SortAscendingOutlined />}
                onClick={() => restart({ desc: !desc })}
              />
            </Tooltip>
          </Space.Compact>
          <ColumnChooser value={columnKeys} onChange={setColumnKeys} />
          <Tooltip title={t.common.refresh}>
            <Button aria-label={t.common.refresh} icon={<ReloadOutlined />} onClick={data.reload} />
          </Tooltip>
          <div style={{ marginLeft: 'auto', display: 'flex', gap: 8, alignItems: 'center' }}>
            {data.loading && data.total !== null && <Spin size="small" />}
            <Typography.Text
              strong
              style={{ fontSize: 15 }}
              data-testid="persons-total"
              aria-live="polite"
            >
              {data.total === null ? txt.loadingTotal : txt.total(data.total)}
            </Typography.Text>
          </div>
        </div>
        <PersonFilterBar
          value={filters}
          onChange={(f: PersonFilters) => restart({ filters: f })}
          dict={dict}
        />
        {data.error && (
          <Alert
            type="error"
            showIcon
            title={txt.loadFailed}
            description={data.error}
            action={<Button onClick={data.reload}>{t.common.retry}</Button>}
          />
        )}
        {data.total === 0 ? (
          <EmptyList filtered={filtered} writer={writer} admin={isAdmin(session)} />
        ) : data.total !== null && data.shownKey ? (
          <PersonGrid
            key={data.shownKey}
            gridRef={gridRef}
            columns={columns}
            total={data.total}
            rowAt={data.rowAt}
            onRange={onRange}
            active={Math.min(active, data.total - 1)}
            onActive={(i) => set({ active: i })}
            onOpen={(row) => navigate(`/persons/${encodeURIComponent(row.id)}`)}
            sort={current}
            desc={desc}
            onSort={sortBy}
            dict={dict}
            initialScrollTop={scrollTop}
            onScrollTop={onScrollTop}
          />
        ) : (
          <div className="pl-scroll" />
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {txt.searchHint}
        </Typography.Text>
      </Card>
    </div>
  )
}

function EmptyList({
  filtered,
  writer,
  admin,
}: {
  filtered: boolean
  writer: boolean
  admin: boolean
}) {
  return (
    <div className="pl-scroll pl-empty">
      <Empty
        description={
          filtered ? (
            <>
              <div>{txt.noMatch}</div>
              <Typography.Text type="secondary">{txt.noMatchHint}</Typography.Text>
            </>
          ) : (
            <>
              <div>{txt.emptyRegister}</div>
              {writer && (
                <Typography.Text type="secondary">{txt.emptyRegisterHint}</Typography.Text>
              )}
              {admin && (
                <div>
                  <Typography.Text type="secondary">{txt.emptyRegisterAdminHint}</Typography.Text>
                </div>
              )}
            </>
          )
        }
      >
        {writer && !filtered && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/persons/new')}>
            {txt.add}
          </Button>
        )}
      </Empty>
    </div>
  )
}
