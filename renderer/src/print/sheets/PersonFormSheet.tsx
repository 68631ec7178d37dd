import type { FormBlock, FormCell, PersonForm } from '../../../../shared/documents/personForm'
import { textLines } from '../../../../shared/documents/personForm'
import {
  contentWidth,
  PERSON_FORM_LAYOUT as L,
  TYPE_SIZES_PT,
} from '../../../../shared/documents/geometry'
import { t } from '../../../../shared/i18n'
import { layoutHead } from '../../../../shared/documents/tableLayout'
import { autoColumnWidths } from '../cellFont'
import { FittedText } from './FittedText'
import { Sheet } from './Sheet'
import { TitleBlock } from './TitleBlock'

const WIDTH = contentWidth(L.page)
/** The 7-column grid: three label/value pairs and the photo (a 1-inch photo is 25 × 35 mm). */
const GRID_MM = [19, 26, 17, 26, 17, 26, 25]
const PT = TYPE_SIZES_PT.tableSmall

function SectionTitle({ title, continued }: { title: string; continued?: boolean }) {
  return (
    <div className="xl-form-section" style={{ height: `${L.sectionTitleMm}mm` }}>
      <FittedText
        text={continued ? `${title}${t.print.continued}` : title}
        widthMm={WIDTH}
        heightMm={L.sectionTitleMm}
        basePt={TYPE_SIZES_PT.table}
      />
    </div>
  )
}

function gridCellWidth(cells: readonly FormCell[], index: number): number {
  // Where a cell starts in the grid depends on the spans before it; rows under the photo
  // start at column 0 too, their last cell stopping short of the photo column.
  let start = 0
  for (let i = 0; i < index; i++) start += cells[i]!.span
  return GRID_MM.slice(start, start + cells[index]!.span).reduce((a, b) => a + b, 0)
}

function Grid({ block }: { block: Extract<FormBlock, { kind: 'grid' }> }) {
  return (
    <>
      <SectionTitle title={block.title} />
      <table className="xl-table xl-form-grid" style={{ width: `${WIDTH}mm` }}>
        <colgroup>
          {GRID_MM.map((w, i) => (
            <col key={i} style={{ width: `${w}mm` }} />
          ))}
        </colgroup>
        <tbody>
          {block.rows.map((row, r) => (
            <tr key={r} style={{ height: `${L.gridRowMm}mm` }}>
              {row.map((c, i) => {
                const width = gridCellWidth(row, i)
                const isLabel = c.label !== undefined && !c.photo
                return (
                  <td
                    key={i}
                    colSpan={c.span}
                    rowSpan={c.rowSpan}
                    className={
                      c.photo ? 'xl-form-photo' : isLabel ? 'xl-form-label' : 'xl-align-left'
                    }
                  >
                    <FittedText
                      text={(c.photo ? c.label : isLabel ? c.label : c.value) ?? ''}
                      widthMm={width}
                      heightMm={L.gridRowMm * (c.rowSpan ?? 1)}
                      basePt={PT}
                      maxLines={2}
                    />
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}

function Table({ block }: { block: Extract<FormBlock, { kind: 'table' }> }) {
  const widths = autoColumnWidths(block.columns, block.rows, WIDTH)
  return (
    <>
      <SectionTitle title={block.title} continued={block.continued} />
      <table className="xl-table" style={{ width: `${WIDTH}mm` }}>
        <colgroup>
          {widths.map((w, i) => (
            <col key={i} style={{ width: `${w}mm` }} />
          ))}
        </colgroup>
        <thead>
          <tr style={{ height: `${L.tableHeaderMm}mm` }}>
            {block.columns.map((label, i) => (
              <th key={i}>
                <FittedText
                  text={label}
                  widthMm={widths[i]!}
                  heightMm={L.tableHeaderMm}
                  basePt={PT}
                />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.length === 0 ? (
            <tr style={{ height: `${L.tableRowMm}mm` }}>
              <td colSpan={block.columns.length} className="xl-align-center">
                <FittedText
                  text={t.documents.personForm.none}
                  widthMm={WIDTH}
                  heightMm={L.tableRowMm}
                  basePt={PT}
                />
              </td>
            </tr>
          ) : (
            block.rows.map((row, r) => (
              <tr key={r} style={{ height: `${L.tableRowMm}mm` }}>
                {block.columns.map((_, i) => (
                  <td key={i} className="xl-align-center">
                    <FittedText
                      text={row[i] ?? ''}
                      widthMm={widths[i]!}
                      heightMm={L.tableRowMm}
                      basePt={PT}
                      maxLines={2}
                    />
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </>
  )
}

/** A long text, on the lines the model counted (so the page holds what the model said). */
function TextBlock({ block }: { block: Extract<FormBlock, { kind: 'text' }> }) {
  const lines = textLines(block.text).map((l) => l.replace(/\n$/, ''))
  while (lines.length < 2) lines.push('')
  return (
    <>
      <SectionTitle title={block.title} continued={block.continued} />
      <div className="xl-form-text" style={{ height: `${lines.length * L.textLineMm}mm` }}>
        {lines.map((line, i) => (
          <div
            key={i}
            className="xl-form-text-line"
            style={{ height: `${L.textLineMm}mm`, lineHeight: `${L.textLineMm}mm` }}
          >
            {line}
          </div>
        ))}
      </div>
    </>
  )
}

/** One page of the 登记表: the title on the first page, then the blocks the model put here. */
export function PersonFormSheet(props: { form: PersonForm; page: PersonForm['pages'][number] }) {
  const { form, page } = props
  return (
    <Sheet page={L.page} label={page.label} demo={form.demo}>
      {page.number === 1 && (
        <TitleBlock head={layoutHead(form.title, form.infoLines, L)} widthMm={WIDTH} />
      )}
      {page.blocks.map((b, i) => (
        <div key={i} className="xl-form-block" style={{ height: `${b.heightMm}mm` }}>
          {b.kind === 'grid' ? (
            <Grid block={b} />
          ) : b.kind === 'table' ? (
            <Table block={b} />
          ) : (
            <TextBlock block={b} />
          )}
        </div>
      ))}
    </Sheet>
  )
}
