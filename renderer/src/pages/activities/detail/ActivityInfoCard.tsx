import type { ReactNode } from 'react'
import { Card, Descriptions, Typography } from 'antd'
import type { ActivityDetail } from '../../../../../shared/contract/activities'
import { t } from '../../../../../shared/i18n'
import { formatYuan } from '../money'

const label: Record<string, string> = { ...t.activities.fieldLabels, ...t.activitiesUi.labels }
const txt = t.activitiesUi.detail
const none = t.common.none

const units = (list: string[]) => (list.length ? list.join('、') : none)
const num = (n: number | null, fmt: (n: number) => string = txt.countValue) =>
  n === null ? none : fmt(n)

/** Every recorded field of the activity, in the order of the paper ledger. */
export function ActivityInfoCard({ activity: a }: { activity: ActivityDetail }) {
  const item = (key: string, children: ReactNode, span?: number) => ({
    key,
    label: label[key] ?? key,
    children,
    ...(span ? { span } : {}),
  })
  const items = [
    item('type', a.typeName),
    item('status', t.activities.statuses[a.status]),
    item('theme', a.theme ?? none),
    item('startDate', txt.period(a.startDate, a.startTime, a.endDate)),
    item('place', a.place ?? none),
    item(
      'organizationId',
      a.organizationId && a.organizationName ? (
        <Typography.Link href={`#/organizations/${encodeURIComponent(a.organizationId!)}`}>
          {a.organizationName}
        </Typography.Link>
      ) : (
        none
      ),
    ),
    item('guideUnits', units(a.guideUnits)),
    item('hostUnits', units(a.hostUnits)),
    item('organizerUnits', units(a.organizerUnits)),
    item('coUnits', units(a.coUnits)),
    item('plannedCount', num(a.plannedCount)),
    item('actualCount', num(a.actualCount)),
    ...(a.isTraining
      ? [
          item('trainingDays', num(a.trainingDays, txt.trainingDaysValue)),
          item(
            'trainingLevel',
            a.trainingLevel ? t.activities.trainingLevels[a.trainingLevel] : none,
          ),
          item('trainingSchool', a.trainingSchool ?? none),
        ]
      : []),
    item('beneficiaries', num(a.beneficiaries)),
    item('donationFen', formatYuan(a.donationFen) ?? none),
    item('goodsFen', formatYuan(a.goodsFen) ?? none),
    item('costFen', formatYuan(a.costFen) ?? none),
    item('volunteerHours', num(a.volunteerHours, txt.hoursValue)),
    item('onlineViews', num(a.onlineViews)),
    item(
      'newsLinks',
      a.newsLinks.length ? (
        <div style={{ display: 'grid', gap: 2 }}>
          {a.newsLinks.map((l) => (
            <Typography.Text key={l} copyable style={{ wordBreak: 'break-all' }}>
              {l}
            </Typography.Text>
          ))}
        </div>
      ) : (
        none
      ),
      3,
    ),
    item(
      'description',
      a.description ? (
        <div style={{ whiteSpace: 'pre-wrap', lineHeight: 1.8 }}>{a.description}</div>
      ) : (
        none
      ),
      3,
    ),
    item('remarks', a.remarks ?? none, 3),
  ]
  return (
    <Card size="small" title={txt.info} style={{ marginBottom: 12 }}>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, sm: 1, md: 2, lg: 3, xl: 3, xxl: 3 }}
        styles={{ label: { width: 120, whiteSpace: 'nowrap' } }}
        items={items}
      />
    </Card>
  )
}
