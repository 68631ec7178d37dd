import { Input, Typography } from 'antd'
import {
  FINGERPRINT_DIGITS,
  normalizeFingerprint,
} from '../../../../../shared/packages/fingerprint'
import { t } from '../../../../../shared/i18n'

const txt = t.unitsUi.importDialog

export const fingerprintMatches = (typed: string, expected: string) =>
  normalizeFingerprint(typed) === expected

/**
 * Where the digits read out on the phone are typed. It says 不一致 once all 60 are in and
 * differ; the core compares again on registering.
 */
export function FingerprintInput(props: {
  value: string
  onChange(v: string): void
  expected: string
}) {
  const digits = normalizeFingerprint(props.value)
  const wrong = digits.length >= FINGERPRINT_DIGITS && digits !== props.expected
  return (
    <div>
      <Input.TextArea
        aria-label={txt.typed}
        placeholder={txt.typedPlaceholder}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        autoSize={{ minRows: 2, maxRows: 3 }}
        status={wrong ? 'error' : undefined}
        style={{ fontFamily: 'ui-monospace, Consolas, "DejaVu Sans Mono", monospace' }}
      />
      {wrong && <Typography.Text type="danger">{txt.mismatch}</Typography.Text>}
    </div>
  )
}
