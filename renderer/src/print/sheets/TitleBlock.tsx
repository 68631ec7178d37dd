import type { DocHead } from '../../../../shared/documents/tableLayout'

/**
 * The document title (heavy face, centred) and the lines under it (4号 仿宋), on the lines
 * and at the size the model laid them out: a long title takes a second line, not a tiny font.
 */
export function TitleBlock(props: { head: DocHead; widthMm: number }) {
  const { head } = props
  return (
    <>
      <div
        className="xl-title-block"
        style={{ height: `${head.titleMm}mm`, width: `${props.widthMm}mm` }}
      >
        <div className="xl-title" style={{ fontSize: `${head.titlePt}pt` }}>
          {head.titleLines.map((line, i) => (
            <div key={i} className="xl-wrap-line">
              {line}
            </div>
          ))}
        </div>
      </div>
      <div className="xl-info-block" style={{ height: `${head.infoMm}mm` }}>
        {head.infoLines.map((line, i) => (
          <div
            key={i}
            className="xl-info-line"
            style={{
              height: `${head.infoMm / head.infoLines.length}mm`,
              fontSize: `${head.infoPt}pt`,
            }}
          >
            {line}
          </div>
        ))}
      </div>
    </>
  )
}
