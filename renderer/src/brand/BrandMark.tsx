import { t } from '../../../shared/i18n'
import { BRAND_RED } from '../app/theme'

/** A small seal-like square with 新联, the app's only decoration. */
export function BrandMark({ size = 32 }: { size?: number }) {
  return (
    <span
      aria-hidden
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        width: size,
        height: size,
        flex: 'none',
        borderRadius: 4,
        background: BRAND_RED,
        color: '#fff',
        fontSize: size * 0.36,
        fontWeight: 600,
        letterSpacing: 1,
        lineHeight: 1,
      }}
    >
      {t.common.brandMark}
    </span>
  )
}
