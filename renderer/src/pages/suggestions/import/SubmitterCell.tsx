import { Select, Space, Tag } from 'antd'
import type { LedgerSubmitter } from '../../../../../shared/contract/suggestionImport'
import { t } from '../../../../../shared/i18n'

const txt = t.suggestionImport

const STATE_COLORS: Record<LedgerSubmitter['state'], string> = {
  linked: 'green',
  none: 'default',
  ambiguous: 'orange',
  employerDiffers: 'gold',
}

/** The submitters of one row; an undecided one with candidates offers them, never preselected. */
export function SubmitterCell({
  submitters,
  picked,
  disabled,
  onPick,
}: {
  submitters: LedgerSubmitter[]
  /** The person chosen for each undecided submitter, by its place; absent: kept as text. */
  picked: ReadonlyMap<number, string>
  disabled: boolean
  onPick(index: number, personId: string | null): void
}) {
  return (
    <Space orientation="vertical" size={4}>
      {submitters.map((s, i) => (
        <Space key={i} size={4} wrap>
          <span>{s.employer ? `${s.name}（${s.employer}）` : s.name}</span>
          <Tag color={picked.has(i) ? 'blue' : STATE_COLORS[s.state]}>
            {picked.has(i) ? txt.ui.picked : txt.states[s.state]}
          </Tag>
          {s.state !== 'linked' && s.candidates.length > 0 && (
            <Select
              size="small"
              style={{ minWidth: 200 }}
              aria-label={txt.ui.pickPerson(s.name)}
              disabled={disabled}
              value={picked.get(i) ?? ''}
              onChange={(v: string) => onPick(i, v || null)}
              options={[
                { value: '', label: txt.ui.keepAsText },
                ...s.candidates.map((c) => ({
                  value: c.personId,
                  label: txt.ui.candidate(c.name, c.employer),
                })),
              ]}
            />
          )}
        </Space>
      ))}
    </Space>
  )
}
