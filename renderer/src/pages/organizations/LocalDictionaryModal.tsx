import { useCallback, useState } from 'react'
import { App, Button, Input, Modal, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { PlusOutlined } from '@ant-design/icons'
import type { LocalDictionaryEntry } from '../../../../shared/contract/organizations'
import { t } from '../../../../shared/i18n'
import { useLoaded } from '../../api/useLoaded'
import { errorText } from '../../forms/serverIssues'

const txt = t.organizationsUi.localDict

export interface LocalDictionaryApi {
  list(): Promise<LocalDictionaryEntry[]>
  save(entry: { code?: string; name: string; disabled?: boolean }): Promise<unknown>
  remove(code: string): Promise<unknown>
}

/**
 * An editable dictionary of this module (职务, 活动类型): add, rename in place, disable,
 * delete what is not built in. Admins only; the core checks too.
 */
export function LocalDictionaryModal({
  open,
  title,
  intro,
  api,
  onClose,
}: {
  open: boolean
  title: string
  intro: string
  api: LocalDictionaryApi
  /** Called on closing; `changed` when anything was saved. */
  onClose(changed: boolean): void
}) {
  const { message } = App.useApp()
  const fetcher = useCallback(() => (open ? api.list() : Promise.resolve([])), [api, open])
  const { data, loading, reload } = useLoaded(fetcher, [] as LocalDictionaryEntry[])
  const [name, setName] = useState('')
  const [changed, setChanged] = useState(false)

  async function act(run: () => Promise<unknown>, done: string): Promise<boolean> {
    try {
      await run()
      message.success(done)
      setChanged(true)
      return true
    } catch (e) {
      message.error(errorText(e))
      return false
    } finally {
      await reload()
    }
  }

  function close() {
    onClose(changed)
    setChanged(false)
  }

  async function add() {
    const n = name.trim()
    if (!n) return
    if (await act(() => api.save({ name: n }), txt.saved)) setName('')
  }

  const columns: ColumnsType<LocalDictionaryEntry> = [
    { title: txt.code, dataIndex: 'code', width: 80 },
    {
      title: txt.name,
      dataIndex: 'name',
      render: (v: string, e) => (
        <Space size={6}>
          <Typography.Text
            editable={
              // Set by another unit (下发): used here as it is.
              !e.setBy && {
                tooltip: txt.rename,
                triggerType: ['icon'],
                maxLength: 30,
                onChange: (next) => {
                  const n = next.trim()
                  if (n && n !== e.name)
                    void act(() => api.save({ code: e.code, name: n }), txt.saved)
                },
              }
            }
          >
            {v}
          </Typography.Text>
          {e.builtIn && <Tag>{txt.builtIn}</Tag>}
          {e.setBy && (
            <Tooltip title={txt.setByHint(e.setBy)}>
              <Tag color="blue" data-testid={`dictionary-set-by-${e.code}`}>
                {txt.setBy}
              </Tag>
            </Tooltip>
          )}
        </Space>
      ),
    },
    {
      title: txt.status,
      dataIndex: 'disabled',
      width: 80,
      render: (d: boolean) =>
        d ? <Tag>{txt.disabled}</Tag> : <Tag color="green">{txt.enabled}</Tag>,
    },
    {
      title: t.common.actions,
      key: 'actions',
      width: 130,
      render: (_, e) =>
        !e.setBy && (
          <Space size={0}>
            <Button
              type="link"
              size="small"
              onClick={() =>
                void act(
                  () => api.save({ code: e.code, name: e.name, disabled: !e.disabled }),
                  txt.saved,
                )
              }
            >
              {e.disabled ? txt.enable : txt.disable}
            </Button>
            {!e.builtIn && (
              <Popconfirm
                title={txt.confirmDelete(e.name)}
                okButtonProps={{ danger: true }}
                onConfirm={() => void act(() => api.remove(e.code), txt.deleted)}
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
    <Modal
      open={open}
      title={title}
      width={620}
      footer={<Button onClick={close}>{t.common.close}</Button>}
      onCancel={close}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>
      <Space.Compact style={{ width: '100%', marginBottom: 12 }}>
        <Input
          aria-label={txt.namePlaceholder}
          placeholder={txt.namePlaceholder}
          value={name}
          maxLength={30}
          onChange={(e) => setName(e.target.value)}
          onPressEnter={() => void add()}
        />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => void add()}>
          {txt.add}
        </Button>
      </Space.Compact>
      <Table
        rowKey="code"
        size="small"
        loading={loading}
        columns={columns}
        dataSource={data}
        pagination={false}
        scroll={{ y: 360 }}
      />
    </Modal>
  )
}
