import dayjs from 'dayjs'
import { t } from '../../../shared/i18n'

/** `2026-11-26 08:15:00` in local time, as staff read it on paper. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return t.common.none
  const d = dayjs(iso)
  return d.isValid() ? d.format('YYYY-MM-DD HH:mm:ss') : iso
}
