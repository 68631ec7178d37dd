import { useCallback, useEffect, useState } from 'react'
import { App, Button, Popconfirm, Segmented, Space, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { PlusOutlined } from '@ant-design/icons'
import {
  DICTIONARY_KINDS,
  type DictionaryEntry,
  type DictionaryKindName,
} from '../../../../../shared/contract/dictionaries'
import { CATEGORIES } from '../../../../../shared/codes/categories'
import { t } from '../../../../../shared/i18n'
import { call } from '../../../api/client'
import { errorText } from '../../../forms/serverIssues'
import { reloadDictionaries } from '../../persons/common/dictionaryStore'
import { DictionaryEntryModal } from './DictionaryEntryModal'

const txt = t.personsUi.dictionaries
const kindNames = t.persons.dictionaryKinds

/** 设置 → 字典管理 (admins): the county's own townships, communities, 细分领域 and tags. */
export function DictionariesTab() {
  const { message } = App.useApp()
  const [kind, setKind] = useState<DictionaryKindName>('township')
  const [entries, setEntries] = useState<DictionaryEntry[]>([])
  const [loading, setLoading] = useState(true)
  const [editing, setEditing] = useState<DictionaryEntry | 'new' | null>(null)

  const load = useCallback(async () => {
    setLoading(true)
    try {
      setEntries(await call('dictionaries.list', { includeDisabled: true }))
    } catch (e) {
      message.error(errorText(e))
    } finally {
      setLoading(false)
    }
  }, [message])

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load()
  }, [load])

  async function changed() {
    await load()
    await reloadDictionaries()
  }

  async function act(run: () => Promise<unknown>, done: string) {
    try {
      await run()
      message.success(done)
    } catch (e) {
      message.error(errorText(e))
    }
    await changed()
  }

  const shown = entries.filter((e) => e.kind === kind)
  const townships = entries.filter((e) => e.kind === 'township')
  const parentName = (e: DictionaryEntry) => {
    if (!e.parentCode) return t.common.none
    if (e.kind === 'community')
      return townships.find((x) => x.code === e.parentCode)?.name ?? e.parentCode
    return (
      (CATEGORIES.find((c) => c.code === e.parentCode)?.name as string | undefined) ?? e.parentCode
    )
  }
  const hasParent = kind === 'community' || kind === 'category_detail'

  const columns: ColumnsType<DictionaryEntry> = [
    { title: txt.code, dataIndex: 'code', width: 110 },
    {
      title: txt.name,
      dataIndex: 'name',
      render: (v: string, e) => (
        <Space size={6}>
          {v}
          {e.builtIn && <Tag>{txt.builtIn}</Tag>}
        </Space>
      ),
    },
    ...(hasParent
      ? [
          {
            title: txt.parent,
            key: 'parent',
            width: 220,
            render: (_: unknown, e: DictionaryEntry) => parentName(e),
          },
        ]
      : []),
    { title: txt.sort, dataIndex: 'sort', width: 80 },
    {
      title: txt.status,
      dataIndex: 'disabled',
      width: 90,
      render: (d: boolean) =>
        d ? <Tag>{txt.disabled}</Tag> : <Tag color="green">{txt.enabled}</Tag>,
    },
    {
      title: t.common.actions,
      key: 'actions',
      width: 200,
      render: (_, e) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setEditing(e)}>
            {t.common.edit}
          </Button>
          <Button
            type="link"
            size="small"
            onClick={() =>
              act(
                () =>
                  call('dictionaries.save', {
                    kind: e.kind,
                    code: e.code,
                    name: e.name,
                    disabled: !e.disabled,
                  }),
                e.disabled ? txt.enabledDone : txt.disabledDone,
              )
            }
          >
            {e.disabled ? txt.enable : txt.disable}
          </Button>
          {!e.builtIn && (
            <Popconfirm
              title={txt.confirmDelete(e.name)}
              okButtonProps={{ danger: true }}
              styles={{ root: { maxWidth: 360 } }}
              onConfirm={() =>
                act(() => call('dictionaries.delete', { kind: e.kind, code: e.code }), txt.deleted)
              }
            >
              <Button type="link" size="small" danger>
                {txt.delete}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ]

  return (
    <>
      <Typography.Paragraph style={{ maxWidth: 820 }}>{txt.intro}</Typography.Paragraph>
      <div
        style={{
          display: 'flex',
          gap: 12,
          alignItems: 'center',
          marginBottom: 12,
          flexWrap: 'wrap',
        }}
      >
        <Segmented<DictionaryKindName>
          value={kind}
          onChange={setKind}
          options={DICTIONARY_KINDS.map((k) => ({ value: k, label: kindNames[k] ?? k }))}
        />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {txt.add}
        </Button>
        <Typography.Text type="secondary" style={{ marginLeft: 'auto' }}>
          {t.common.total(shown.length)}
        </Typography.Text>
      </div>
      <Table<DictionaryEntry>
        rowKey={(e) => `${e.kind}:${e.code}`}
        size="small"
        columns={columns}
        dataSource={shown}
        loading={loading}
        pagination={shown.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        locale={{ emptyText: txt.empty(kindNames[kind] ?? kind) }}
      />
      {editing && (
        <DictionaryEntryModal
          kind={kind}
          entry={editing === 'new' ? null : editing}
          townships={townships.filter((e) => !e.disabled)}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null)
            void changed()
          }}
        />
      )}
    </>
  )
}
