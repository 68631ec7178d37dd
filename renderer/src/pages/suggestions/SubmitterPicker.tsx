import { useEffect, useState } from 'react'
import { Select } from 'antd'
import type { Submitter } from '../../../../shared/contract/suggestions'
import { t } from '../../../../shared/i18n'
import { call } from '../../api/client'

export interface PickedPerson {
  personId: string
  name: string
  employer: string | null
}

const label = (p: { name: string; employer: string | null }) =>
  p.employer ? `${p.name}（${p.employer}）` : p.name

/** Submitters from the register: type a name or initials, pick one or several. */
export function SubmitterPicker({
  value,
  onChange,
}: {
  value: PickedPerson[]
  onChange(next: PickedPerson[]): void
}) {
  const [text, setText] = useState('')
  const [found, setFound] = useState<PickedPerson[]>([])

  useEffect(() => {
    const q = text.trim()
    if (!q) return
    let live = true
    const timer = window.setTimeout(() => {
      void call('persons.search', { query: q, limit: 20 }).then((rows) => {
        if (live)
          setFound(rows.map((r) => ({ personId: r.id, name: r.name, employer: r.employer })))
      })
    }, 200)
    return () => {
      live = false
      window.clearTimeout(timer)
    }
  }, [text])

  const known = new Map([...found, ...value].map((p) => [p.personId, p]))
  return (
    <Select
      mode="multiple"
      showSearch
      filterOption={false}
      aria-label={t.suggestionsUi.form.registerPicker}
      placeholder={t.suggestionsUi.form.registerPicker}
      value={value.map((p) => p.personId)}
      onSearch={setText}
      onChange={(ids: string[]) => onChange(ids.flatMap((id) => known.get(id) ?? []))}
      options={[...known.values()].map((p) => ({ value: p.personId, label: label(p) }))}
      style={{ width: '100%' }}
    />
  )
}

/** The register persons among a suggestion's submitters, for the picker. */
export const pickedOf = (submitters: Submitter[]): PickedPerson[] =>
  submitters.flatMap((m) =>
    m.personId ? [{ personId: m.personId, name: m.name, employer: m.employer }] : [],
  )
