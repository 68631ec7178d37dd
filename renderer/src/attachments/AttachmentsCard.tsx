import { useEffect, useState } from 'react'
import { App, Button, Card, Empty, Image, Modal, Popconfirm, Space, Table, Upload } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { FileImageOutlined, FilePdfOutlined, UploadOutlined } from '@ant-design/icons'
import { ATTACHMENT_MAX_BYTES, type Attachment } from '../../../shared/contract/activities'
import { t } from '../../../shared/i18n'
import { errorText } from '../forms/serverIssues'
import { formatDateTime } from '../format/dateTime'
import { base64Blob, readFileBase64 } from './fileBase64'

const txt = t.activitiesUi.attachments
const LIMIT_MB = ATTACHMENT_MAX_BYTES / 1024 / 1024
const ACCEPTED = /\.(jpe?g|png|pdf)$/i

/** The three calls behind a record's files (activities.* or suggestions.*). */
export interface AttachmentApi {
  add(fileName: string, base64: string): Promise<unknown>
  content(id: string): Promise<{ base64: string }>
  remove(id: string): Promise<unknown>
}

/**
 * Photos and scans of a record: read in the window and sent as base64 (the core checks
 * the bytes and stores each content once); images open here, PDFs are saved.
 */
export function AttachmentsCard({
  api,
  attachments,
  writable,
  onChanged,
  title = txt.title,
  emptyWritable = txt.emptyWritable,
}: {
  api: AttachmentApi
  attachments: Attachment[]
  writable: boolean
  onChanged(): void
  title?: string
  emptyWritable?: string
}) {
  const { message } = App.useApp()
  const [uploading, setUploading] = useState(0)
  const [preview, setPreview] = useState<{ name: string; url: string } | null>(null)

  // Object URLs hold the whole file in memory until revoked.
  useEffect(
    () => () => {
      if (preview) URL.revokeObjectURL(preview.url)
    },
    [preview],
  )

  async function upload(file: File) {
    if (!ACCEPTED.test(file.name)) return void message.error(txt.badType(file.name))
    if (file.size === 0) return void message.error(txt.emptyFile(file.name))
    if (file.size > ATTACHMENT_MAX_BYTES)
      return void message.error(txt.tooLarge(file.name, LIMIT_MB))
    setUploading((n) => n + 1)
    const key = `upload-${file.name}`
    message.loading({ key, content: txt.uploading(file.name), duration: 0 })
    try {
      let base64: string
      try {
        base64 = await readFileBase64(file)
      } catch {
        return void message.error({ key, content: txt.readFailed(file.name) })
      }
      await api.add(file.name, base64)
      message.success({ key, content: txt.uploaded(file.name) })
      onChanged()
    } catch (e) {
      message.error({ key, content: errorText(e) })
    } finally {
      setUploading((n) => n - 1)
    }
  }

  async function open(a: Attachment) {
    try {
      const { base64 } = await api.content(a.id)
      const url = URL.createObjectURL(base64Blob(base64, a.mime))
      if (a.mime === 'application/pdf') {
        const link = document.createElement('a')
        link.href = url
        link.download = a.fileName
        link.click()
        window.setTimeout(() => URL.revokeObjectURL(url), 60_000)
      } else {
        setPreview({ name: a.fileName, url })
      }
    } catch (e) {
      message.error(errorText(e))
    }
  }

  async function remove(a: Attachment) {
    try {
      await api.remove(a.id)
      message.success(txt.deleted(a.fileName))
      onChanged()
    } catch (e) {
      message.error(errorText(e))
    }
  }

  const columns: ColumnsType<Attachment> = [
    {
      title: txt.fileName,
      dataIndex: 'fileName',
      ellipsis: true,
      render: (name: string, a) => (
        <Space size={6}>
          {a.mime === 'application/pdf' ? (
            <FilePdfOutlined style={{ color: '#a8071a' }} />
          ) : (
            <FileImageOutlined style={{ color: '#1f5a9e' }} />
          )}
          {name}
        </Space>
      ),
    },
    { title: txt.size, dataIndex: 'size', width: 100, render: (n: number) => t.common.fileSize(n) },
    {
      title: txt.uploadedAt,
      dataIndex: 'createdAt',
      width: 170,
      render: (v: string) => formatDateTime(v),
    },
    {
      title: t.common.actions,
      key: 'actions',
      width: 120,
      render: (_, a) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => void open(a)}>
            {a.mime === 'application/pdf' ? txt.download : txt.view}
          </Button>
          {writable && (
            <Popconfirm
              title={txt.confirmDelete(a.fileName)}
              okButtonProps={{ danger: true }}
              onConfirm={() => void remove(a)}
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
    <Card
      size="small"
      title={title}
      style={{ marginBottom: 12 }}
      extra={
        writable && (
          <Upload
            multiple
            accept=".jpg,.jpeg,.png,.pdf"
            showUploadList={false}
            beforeUpload={(file) => {
              void upload(file)
              return false
            }}
          >
            <Button icon={<UploadOutlined />} loading={uploading > 0} title={txt.uploadHint}>
              {txt.upload}
            </Button>
          </Upload>
        )
      }
    >
      <Table<Attachment>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={attachments}
        pagination={false}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={writable ? emptyWritable : txt.empty}
            />
          ),
        }}
      />
      <Modal
        open={preview !== null}
        title={preview?.name}
        footer={null}
        width={900}
        onCancel={() => setPreview(null)}
        destroyOnHidden
      >
        {preview && (
          <Image
            src={preview.url}
            alt={preview.name}
            preview={false}
            style={{ maxWidth: '100%', maxHeight: '70vh', objectFit: 'contain' }}
          />
        )}
      </Modal>
    </Card>
  )
}
