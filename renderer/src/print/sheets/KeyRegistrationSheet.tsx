import {
  KEY_FORM_FINGERPRINT_PT,
  KEY_FORM_LABEL_MM,
  KEY_FORM_PT,
  KEY_FORM_QR_MM,
  type KeyRegistrationForm,
} from '../../../../shared/documents/keyRegistration'
import { contentWidth, TYPE_SIZES_PT } from '../../../../shared/documents/geometry'
import { pageLabel } from '../../../../shared/documents/paginate'
import { lineMm } from '../../../../shared/documents/wrapText'
import { t } from '../../../../shared/i18n'
import { Sheet } from './Sheet'

const txt = t.unitsUi.print
const MONO = '"DejaVu Sans Mono", "Consolas", "Courier New", "Noto Sans Mono CJK SC", monospace'
const ROW_PAD_MM = 2.5
const border = '0.3mm solid #000'

/** The 密钥登记表 on one sheet: the unit, its fingerprint and QR code, signatures and stamp. */
export function KeyRegistrationSheet({ form }: { form: KeyRegistrationForm }) {
  const width = contentWidth(form.page)
  const cell = { padding: `${ROW_PAD_MM}mm 2mm`, borderBottom: border, lineHeight: 1.25 }
  return (
    <Sheet page={form.page} label={pageLabel(1, 1)}>
      <div
        className="xl-title"
        style={{ fontSize: `${TYPE_SIZES_PT.title}pt`, width: `${width}mm`, marginBottom: '8mm' }}
      >
        {form.title}
      </div>
      <div style={{ border, fontSize: `${KEY_FORM_PT}pt` }} data-testid="key-form-table">
        {form.rows.map((r) => (
          <div key={r.label} style={{ display: 'flex' }}>
            <div
              style={{
                ...cell,
                width: `${KEY_FORM_LABEL_MM}mm`,
                flex: 'none',
                borderRight: border,
                fontFamily: 'var(--xl-font-heading)',
              }}
            >
              {r.label}
            </div>
            <div style={{ ...cell, flex: 1 }}>
              {r.lines.map((line, i) => (
                <div
                  key={i}
                  className="xl-wrap-line"
                  style={{ minHeight: `${lineMm(KEY_FORM_PT)}mm` }}
                >
                  {line}
                </div>
              ))}
            </div>
          </div>
        ))}
        <div style={{ ...cell, borderBottom: 'none', fontFamily: 'var(--xl-font-heading)' }}>
          {txt.fingerprint}
        </div>
        <div
          style={{
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            padding: '2mm 4mm 4mm',
          }}
        >
          <div
            data-testid="key-form-fingerprint"
            style={{ fontFamily: MONO, fontSize: `${KEY_FORM_FINGERPRINT_PT}pt`, lineHeight: 1.5 }}
          >
            {form.fingerprintRows.map((groups, i) => (
              <div key={i} style={{ whiteSpace: 'pre' }}>
                {groups.join('  ')}
              </div>
            ))}
          </div>
          <svg
            data-testid="key-form-qr"
            viewBox={form.qr.viewBox}
            style={{ width: `${KEY_FORM_QR_MM}mm`, height: `${KEY_FORM_QR_MM}mm`, flex: 'none' }}
            shapeRendering="crispEdges"
            role="img"
            aria-label={txt.qrNote}
          >
            <path d={form.qr.path} fill="#000" />
          </svg>
        </div>
      </div>
      <div style={{ fontSize: `${TYPE_SIZES_PT.table}pt`, margin: '3mm 0 12mm', lineHeight: 1.4 }}>
        {form.note}
      </div>
      <div style={{ display: 'flex', fontSize: `${KEY_FORM_PT}pt`, gap: '10mm' }}>
        <div style={{ flex: 1 }}>
          {[txt.handler, txt.head].map((label) => (
            <div
              key={label}
              style={{ display: 'flex', alignItems: 'flex-end', marginBottom: '14mm' }}
            >
              <span style={{ flex: 'none' }}>{label}：</span>
              <span style={{ flex: 1, borderBottom: border, height: '8mm' }} />
            </div>
          ))}
          <div style={{ whiteSpace: 'pre' }}>{txt.signDate}</div>
        </div>
        <div
          style={{
            width: '50mm',
            height: '50mm',
            border: '0.3mm dashed #666',
            display: 'flex',
            alignItems: 'flex-end',
            justifyContent: 'center',
            paddingBottom: '3mm',
            color: '#444',
          }}
        >
          {txt.stamp}
        </div>
      </div>
    </Sheet>
  )
}
