import type { ReactNode } from 'react'
import { A4_PORTRAIT, contentWidth, TYPE_SIZES_PT } from '../../../../shared/documents/geometry'
import { pageLabel } from '../../../../shared/documents/paginate'
import { t } from '../../../../shared/i18n'
import { Sheet } from './Sheet'

const txt = t.recoveryUi.sheet
const MONO = '"DejaVu Sans Mono", "Consolas", "Courier New", "Noto Sans Mono CJK SC", monospace'
const border = '0.3mm solid #000'
const BODY_PT = 12
const KEY_PT = 20
const LABEL_MM = 32

export interface RecoveryKeyPage {
  unitName: string
  date: string
  groups: string[]
}

/** One A4 sheet: the unit, the date, the key in groups, where to keep it, how to use it. */
export function RecoveryKeySheet({ page }: { page: RecoveryKeyPage }) {
  const cell = { padding: '3mm 2.5mm', borderBottom: border, lineHeight: 1.5 }
  const rows: [string, ReactNode][] = [
    [txt.unit, page.unitName],
    [txt.date, page.date],
    [
      txt.key,
      <div
        key="key"
        data-testid="recovery-key-printed"
        style={{
          fontFamily: MONO,
          fontSize: `${KEY_PT}pt`,
          lineHeight: 1.6,
          letterSpacing: '0.5mm',
        }}
      >
        <div style={{ whiteSpace: 'pre' }}>{page.groups.slice(0, 4).join('  ')}</div>
        <div style={{ whiteSpace: 'pre' }}>{page.groups.slice(4).join('  ')}</div>
      </div>,
    ],
    [txt.keep, txt.keepText],
    [txt.use, txt.useText],
    [txt.keeper, <div key="sign" style={{ height: '14mm' }} />],
  ]
  return (
    <Sheet page={A4_PORTRAIT} label={pageLabel(1, 1)}>
      <div
        className="xl-title"
        style={{
          fontSize: `${TYPE_SIZES_PT.title}pt`,
          width: `${contentWidth(A4_PORTRAIT)}mm`,
          marginBottom: '8mm',
        }}
      >
        {txt.title}
      </div>
      <div style={{ border, fontSize: `${BODY_PT}pt` }}>
        {rows.map(([label, value], i) => (
          <div key={label} style={{ display: 'flex' }}>
            <div
              style={{
                ...cell,
                ...(i === rows.length - 1 ? { borderBottom: 'none' } : {}),
                width: `${LABEL_MM}mm`,
                flex: 'none',
                borderRight: border,
                fontFamily: 'var(--xl-font-heading)',
              }}
            >
              {label}
            </div>
            <div
              style={{
                ...cell,
                ...(i === rows.length - 1 ? { borderBottom: 'none' } : {}),
                flex: 1,
              }}
            >
              {value}
            </div>
          </div>
        ))}
      </div>
      <div
        style={{ marginTop: '6mm', fontSize: `${BODY_PT}pt`, fontFamily: 'var(--xl-font-heading)' }}
      >
        {txt.loss}
      </div>
    </Sheet>
  )
}
