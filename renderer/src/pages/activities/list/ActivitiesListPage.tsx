import { useCallback, useEffect, useState } from 'react'
import { Button, Card, Empty, Select, Space, Table, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { PlusOutlined, PrinterOutlined, TagsOutlined } from '@ant-design/icons'
import type { Input as CallInput, SessionInfo } from '../../../../../shared/contract'
import { ACTIVITY_STATUSES, type Activity } from '../../../../../shared/contract/activities'
import { t } from '../../../../../shared/i18n'
import { call } from '../../../api/client'
import { useLoaded } from '../../../api/useLoaded'
import { ledgerPrintPath } from '../../../print/printLinks'
import { navigate } from '../../../router/hashRoute'
import { PageTitle } from '../../PageTitle'
import { FilterBar } from '../../../lists/FilterBar'
import { ChoiceFilter, TextFilter } from '../../../lists/FilterControls'
import { UnitFilter } from '../../../lists/UnitFilter'
import { unitColumn } from '../../../lists/unitColumn'
import { useAtUpperUnit } from '../../../lists/useUnitScope'
import { openableRows, RecordLink } from '../../../lists/openableRows'
import { yearOptions } from '../../../lists/yearOptions'
import {
  LocalDictionaryModal,
  type LocalDictionaryApi,
} from '../../organizations/LocalDictionaryModal'
import { canWrite, isAdmin } from '../../persons/common/access'
import { StatusTag } from '../StatusTag'
import { TotalsStrip } from './TotalsStrip'
import { useActivityListState } from './listState'
import '../../persons/common/persons.css'

const txt = t.activitiesUi.list
const cols = txt.columns
const PAGE = 500
const SEARCH_DEBOUNCE_MS = 250

type ListFilter = Omit<CallInput<'activities.list'>, 'page' | 'pageSize'>

/** Every activity the filter matches (a county holds dozens to hundreds a year). */
async function fetchAll(filter: ListFilter): Promise<Activity[]> {
  const first = await call('activities.list', { ...filter, page: 1, pageSize: PAGE })
  const items = [...first.items]
  for (let page = 2; items.length < first.total; page++) {
    const next = await call('activities.list', { ...filter, page, pageSize: PAGE })
    if (next.items.length === 0) break
    items.push(...next.items)
  }
  return items
}

const typesApi: LocalDictionaryApi = {
  list: () => call('activities.types', { includeDisabled: true }),
  save: (e) => call('activities.saveType', e),
  remove: (code) => call('activities.deleteType', { code }),
}

/** `#/activities`: the ledger of a year, by type and status, with the year's figures on top. */
export function ActivitiesListPage({ session }: { session: SessionInfo }) {
  const { year, type, status, unit, query, page, set } = useActivityListState()
  const [typed, setTyped] = useState(query)
  const [editingTypes, setEditingTypes] = useState(false)
  const writer = canWrite(session)

  useEffect(() => {
    if (typed === query) return
    const timer = window.setTimeout(() => set({ query: typed, page: 1 }), SEARCH_DEBOUNCE_MS)
    return () => window.clearTimeout(timer)
  }, [typed, query, set])

  const fetcher = useCallback(() => {
    const filter: ListFilter = {}
    if (year) filter.year = year
    if (type) filter.type = type
    if (status) filter.status = status
    if (unit) filter.units = [unit]
    if (query.trim()) filter.query = query.trim()
    return fetchAll(filter)
  }, [year, type, status, unit, query])
  const { data, loading } = useLoaded(fetcher, [] as Activity[])
  const types = useLoaded(
    useCallback(() => call('activities.types', { includeDisabled: true }), []),
    [],
  )

  const thisYear = new Date().getFullYear()

  const open = (a: Activity) => navigate(`/activities/${encodeURIComponent(a.id)}`)
  const upper = useAtUpperUnit()
  const columns: ColumnsType<Activity> = [
    {
      title: cols.date,
      dataIndex: 'startDate',
      width: 124,
      render: (d: string, a) => (
        <span className="pl-mono">{a.endDate && a.endDate !== d ? `${d}…` : d}</span>
      ),
    },
    {
      title: cols.title,
      dataIndex: 'title',
      ellipsis: true,
      render: (title: string, a) => (
        <RecordLink href={`#/activities/${encodeURIComponent(a.id)}`}>{title}</RecordLink>
      ),
    },
    ...unitColumn(upper, 130),
    { title: cols.type, dataIndex: 'typeName', width: 96 },
    {
      title: cols.status,
      dataIndex: 'status',
      width: 104,
      render: (s: Activity['status']) => <StatusTag status={s} />,
    },
    {
      title: cols.place,
      dataIndex: 'place',
      width: 170,
      ellipsis: true,
      render: (v: string | null) => v ?? t.common.none,
    },
    {
      title: cols.organization,
      dataIndex: 'organizationName',
      width: 150,
      ellipsis: true,
      render: (v: string | null) => v ?? t.common.none,
    },
    {
      title: cols.expected,
      key: 'expected',
      width: 64,
      align: 'right',
      render: (_, a) => a.attendance.expected,
    },
    {
      title: cols.actual,
      key: 'actual',
      width: 64,
      align: 'right',
      render: (_, a) => <strong>{a.attendance.actual}</strong>,
    },
    {
      title: cols.attachments,
      dataIndex: 'attachmentCount',
      width: 56,
      align: 'right',
      render: (n: number) => n || t.common.none,
    },
  ]

  const filtered = !!(type || status || unit || query.trim())
  return (
    <div style={{ maxWidth: 1400 }}>
      <PageTitle
        extra={
          <Space>
            <Button
              icon={<PrinterOutlined />}
              onClick={() => navigate(ledgerPrintPath(year ?? thisYear))}
            >
              {t.paper.buttons.ledger(year ?? thisYear)}
            </Button>
            {isAdmin(session) && (
              <Button icon={<TagsOutlined />} onClick={() => setEditingTypes(true)}>
                {txt.types}
              </Button>
            )}
            {writer && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => navigate('/activities/new')}
              >
                {txt.add}
              </Button>
            )}
          </Space>
        }
      >
        {txt.title}
      </PageTitle>
      <FilterBar
        total={txt.total(data.length)}
        totalTestId="activities-total"
        below={<TotalsStrip items={data} />}
      >
        <UnitFilter value={unit ?? undefined} onChange={(v) => set({ unit: v ?? null, page: 1 })} />
        <Select
          aria-label={txt.yearLabel}
          value={year ?? 0}
          options={yearOptions(txt.allYears, txt.year)}
          onChange={(v: number) => set({ year: v || null, page: 1 })}
          style={{ width: 112 }}
        />
        <ChoiceFilter
          label={txt.typeLabel}
          placeholder={txt.allTypes}
          value={type ?? undefined}
          options={types.data.map((e) => ({ value: e.code, label: e.name }))}
          onChange={(v) => set({ type: v ?? null, page: 1 })}
          width={130}
        />
        <ChoiceFilter
          label={txt.statusLabel}
          placeholder={txt.allStatuses}
          value={status ?? undefined}
          options={ACTIVITY_STATUSES.map((s) => ({
            value: s,
            label: t.activities.statuses[s] ?? s,
          }))}
          onChange={(v) => set({ status: v ?? null, page: 1 })}
          width={112}
        />
        <TextFilter
          search
          label={txt.searchLabel}
          placeholder={txt.searchPlaceholder}
          value={typed}
          onChange={setTyped}
          width={300}
        />
      </FilterBar>
      <Card size="small" styles={{ body: { padding: 0 } }}>
        <Table<Activity>
          rowKey="id"
          size="small"
          aria-label={txt.title}
          loading={loading}
          columns={columns}
          dataSource={data}
          onRow={openableRows(open)}
          pagination={{
            current: page,
            pageSize: 50,
            hideOnSinglePage: true,
            showSizeChanger: false,
            onChange: (p) => set({ page: p }),
          }}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={
                  filtered || year ? (
                    txt.noMatch
                  ) : (
                    <>
                      <div>{txt.empty}</div>
                      {writer && (
                        <Typography.Text type="secondary">{txt.emptyHint}</Typography.Text>
                      )}
                    </>
                  )
                }
              />
            ),
          }}
        />
      </Card>
      {isAdmin(session) && (
        <LocalDictionaryModal
          open={editingTypes}
          title={t.activitiesUi.typesDict.title}
          intro={t.activitiesUi.typesDict.intro}
          api={typesApi}
          onClose={(changed) => {
            setEditingTypes(false)
            if (changed) void types.reload()
          }}
        />
      )}
    </div>
  )
}
