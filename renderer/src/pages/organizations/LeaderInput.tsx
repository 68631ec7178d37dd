import { useEffect, useRef, useState } from 'react'
import { AutoComplete, Form, Tag } from 'antd'
import { t } from '../../../../shared/i18n'
import { call } from '../../api/client'

const txt = t.organizationsUi.form

interface Option {
  /** The person's id: what AutoComplete hands back on a pick. */
  value: string
  label: string
  name: string
}

/**
 * 负责人: a name typed freely, or a person picked from the register (then linked by id; the
 * core takes the name from the record). Sits in a form with `leaderName` and
 * `leaderPersonId`; typing over a linked name unlinks it.
 */
export function LeaderInput({ label }: { label: string }) {
  const form = Form.useFormInstance()
  const linked = Form.useWatch('leaderPersonId', form) as string | null | undefined
  return (
    <>
      <Form.Item
        name="leaderName"
        label={label}
        extra={linked ? <Tag color="blue">{txt.leaderLinked}</Tag> : undefined}
      >
        <LeaderBox linked={!!linked} onLink={(id) => form.setFieldValue('leaderPersonId', id)} />
      </Form.Item>
      <Form.Item name="leaderPersonId" hidden>
        <input type="hidden" />
      </Form.Item>
    </>
  )
}

function LeaderBox({
  value,
  onChange,
  linked,
  onLink,
  id,
}: {
  value?: string | null
  onChange?(v: string): void
  linked: boolean
  onLink(id: string | null): void
  id?: string
}) {
  const [options, setOptions] = useState<Option[]>([])
  const latest = useRef(0)
  const text = value ?? ''

  useEffect(() => {
    const q = text.trim()
    const request = ++latest.current
    if (!q || linked) return
    const timer = window.setTimeout(() => {
      call('persons.search', { query: q, limit: 8 })
        .then((rows) => {
          if (request !== latest.current) return
          setOptions(
            rows.map((r) => ({
              value: r.id,
              name: r.name,
              label: [r.name, r.employer].filter(Boolean).join('　'),
            })),
          )
        })
        .catch(() => undefined)
    }, 200)
    return () => window.clearTimeout(timer)
  }, [text, linked])

  return (
    <AutoComplete
      id={id}
      allowClear
      value={text}
      placeholder={txt.leaderPlaceholder}
      options={text.trim() && !linked ? options : []}
      maxLength={30}
      onSelect={(personId: string) => {
        const picked = options.find((o) => o.value === personId)
        if (!picked) return
        onChange?.(picked.name)
        onLink(personId)
      }}
      onChange={(v: string) => {
        // A pick arrives here as the id too; onSelect has handled it.
        if (options.some((o) => o.value === v)) return
        onChange?.(v ?? '')
        if (linked) onLink(null)
      }}
    />
  )
}
