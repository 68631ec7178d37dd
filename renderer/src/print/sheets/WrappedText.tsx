import { wrapText } from '../../../../shared/documents/wrapText'

/**
 * Cell text on the lines the print model measured (shared/documents/wrapText): the row is
 * as tall as the model made it, so the lines drawn here are exactly the lines it counted.
 */
export function WrappedText(props: { text: string; widthMm: number; pt: number }) {
  const lines = props.text ? wrapText(props.text, props.widthMm, props.pt) : []
  return (
    <div className="xl-wrap" style={{ fontSize: `${props.pt}pt` }}>
      {lines.map((line, i) => (
        <div key={i} className="xl-wrap-line">
          {line}
        </div>
      ))}
    </div>
  )
}
