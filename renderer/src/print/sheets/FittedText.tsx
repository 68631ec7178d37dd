import type { CSSProperties } from 'react'
import { fitCell } from '../cellFont'

/**
 * Text in a box of fixed size (a table cell, a title line): shrunk or wrapped to fit, clipped
 * below the minimum size, never pushing the box taller.
 */
export function FittedText(props: {
  text: string
  widthMm: number
  heightMm: number
  basePt: number
  /** Lines the text may wrap onto when one line would shrink it much. */
  maxLines?: number
  className?: string
  style?: CSSProperties
}) {
  const fit = fitCell(
    props.text,
    { widthMm: props.widthMm, heightMm: props.heightMm },
    props.basePt,
    props.maxLines ?? 1,
  )
  const multi = fit.lines > 1
  return (
    <div
      className={`xl-fit ${multi ? 'xl-fit-multi' : 'xl-fit-single'} ${props.className ?? ''}`}
      style={{
        ...props.style,
        fontSize: `${fit.pt}pt`,
        maxHeight: `${props.heightMm - 0.4}mm`,
        ...(multi ? { WebkitLineClamp: fit.lines } : {}),
      }}
    >
      {props.text}
    </div>
  )
}
