import { Tag } from 'antd'
import type { ActivityStatus } from '../../../../shared/contract/activities'
import { t } from '../../../../shared/i18n'

const COLORS: Record<ActivityStatus, string> = {
  planned: 'blue',
  held: 'green',
  cancelled: 'default',
}

/** 计划 / 已举办 / 取消, coloured so a cancelled one reads as struck off. */
export function StatusTag({ status }: { status: ActivityStatus }) {
  return <Tag color={COLORS[status]}>{t.activities.statuses[status]}</Tag>
}
