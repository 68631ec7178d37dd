import { Statistic, Tooltip } from 'antd'
import type { ImportCounts } from '../../../../shared/contract/imports'
import { t } from '../../../../shared/i18n'

const txt = t.importsUi.preview

const SHOWN: { key: keyof ImportCounts; color?: string }[] = [
  { key: 'created', color: '#237804' },
  { key: 'updated', color: '#0958d9' },
  { key: 'unchanged' },
  { key: 'duplicates', color: '#d46b08' },
  { key: 'rejected', color: '#cf1322' },
  { key: 'warnings', color: '#ad6800' },
  { key: 'skipped' },
]

/** What an import will do (or did), one figure per outcome; zero figures are greyed. */
export function ImportCountsBar({ counts }: { counts: ImportCounts }) {
  return (
    <div
      role="group"
      aria-label={txt.countsLabel}
      style={{ display: 'flex', gap: 28, flexWrap: 'wrap', alignItems: 'flex-start' }}
    >
      {SHOWN.map(({ key, color }) => {
        const value = counts[key]
        const stat = (
          <Statistic
            data-testid={`import-count-${key}`}
            title={txt.counts[key]}
            value={value}
            styles={{
              content: { color: value > 0 && color ? color : value ? undefined : '#bfbfbf' },
            }}
          />
        )
        return key === 'skipped' ? (
          <Tooltip key={key} title={txt.countsHint}>
            <div>{stat}</div>
          </Tooltip>
        ) : (
          <div key={key}>{stat}</div>
        )
      })}
    </div>
  )
}
