import { Typography } from 'antd'
import { groupFingerprint } from '../../../../../shared/packages/fingerprint'

/** A fingerprint as people read it out: 12 groups of 5 digits, two rows of six, monospace. */
export function Fingerprint({ digits, size = 14 }: { digits: string; size?: number }) {
  const groups = groupFingerprint(digits)
  return (
    <Typography.Text
      data-testid="fingerprint"
      style={{
        fontFamily: 'ui-monospace, "Cascadia Mono", Consolas, "DejaVu Sans Mono", monospace',
        fontSize: size,
        letterSpacing: 1,
        display: 'inline-grid',
        gridTemplateColumns: 'repeat(6, auto)',
        columnGap: '0.9em',
      }}
    >
      {groups.map((g, i) => (
        <span key={i}>{g}</span>
      ))}
    </Typography.Text>
  )
}
