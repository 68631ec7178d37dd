import { useEffect, useState } from 'react'
import { Select } from 'antd'
import { t } from '../../../../shared/i18n'
import { call } from '../../api/client'

export interface PickedActivity {
  id: string
  title: string
  startDate?: string
}

const label = (a: PickedActivity) => (a.startDate ? `${a.startDate} ${a.title}` : a.title)

/**
 * The activity a suggestion came from (a 调研考察, a 座谈会): the latest activities are offered
 * at once; typing searches every year's titles, themes and places on the core.
 */
export function ActivityPicker({
  value,
  onChange,
}: {
  value: PickedActivity | null
  onChange(next: PickedActivity | null): void
}) {
  const [text, setText] = useState('')
  const [found, setFound] = useState<PickedActivity[]>([])

  useEffect(() => {
    let live = true
    const q = text.trim()
    const timer = window.setTimeout(
      () => {
        void call('activities.list', q ? { query: q, pageSize: 20 } : { pageSize: 20 }).then(
          (page) => {
            if (live)
              setFound(
                page.items.map((a) => ({ id: a.id, title: a.title, startDate: a.startDate })),
              )
          },
        )
      },
      q ? 200 : 0,
    )
    return () => {
      live = false
      window.clearTimeout(timer)
    }
  }, [text])

  const known = new Map([...found, ...(value ? [value] : [])].map((a) => [a.id, a]))
  return (
    <Select
      showSearch
      allowClear
      filterOption={false}
      aria-label={t.suggestionsUi.form.activity}
      placeholder={t.suggestionsUi.form.activityPlaceholder}
      notFoundContent={t.suggestionsUi.form.noActivity}
      value={value?.id}
      onSearch={setText}
      onChange={(id?: string) => onChange((id && known.get(id)) || null)}
      options={[...known.values()].map((a) => ({ value: a.id, label: label(a) }))}
      style={{ width: '100%' }}
    />
  )
}
