import { TYPE_SIZES_PT } from '../../../../shared/documents/geometry'
import { FittedText } from './FittedText'

/** The document title (2号, heavy face, centred) and the lines under it (4号 仿宋). */
export function TitleBlock(props: {
  title: string
  infoLines: readonly string[]
  widthMm: number
  titleMm: number
  infoMm: number
}) {
  const lineMm = props.infoMm / Math.max(1, props.infoLines.length)
  return (
    <>
      <div className="xl-title-block" style={{ height: `${props.titleMm}mm` }}>
        <FittedText
          className="xl-title"
          text={props.title}
          widthMm={props.widthMm}
          heightMm={Math.min(props.titleMm, 12)}
          basePt={TYPE_SIZES_PT.title}
        />
      </div>
      <div className="xl-info-block" style={{ height: `${props.infoMm}mm` }}>
        {props.infoLines.map((line, i) => (
          <div key={i} className="xl-info-line" style={{ height: `${lineMm}mm` }}>
            <FittedText
              text={line}
              widthMm={props.widthMm}
              heightMm={lineMm}
              basePt={TYPE_SIZES_PT.info}
            />
          </div>
        ))}
      </div>
    </>
  )
}
