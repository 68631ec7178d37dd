import { CATEGORIES, CATEGORY_GROUPS } from '../codes/categories'
import { defaultReportText as text } from '../i18n/reports'
import { ADOPTION_LEVELS, INDICATOR_BY_ID } from '../statistics/indicators'
import type { ReportRowInput, ReportTemplateSpec } from './template'

const s = text.sections
const section = (label: string): ReportRowInput => ({ kind: 'section', label })
const line = (indicatorId: string, indent = 0, label?: string): ReportRowInput => ({
  kind: 'indicator',
  indicatorId,
  indent,
  ...(label ? { label } : {}),
})
/** A 其中 line: the indicator's own name after 其中：. */
const ofWhich = (indicatorId: string, indent = 1): ReportRowInput =>
  line(indicatorId, indent, text.ofWhich(INDICATOR_BY_ID.get(indicatorId)!.name))

const SEAT_LEVELS_REPORTED = ['national', 'province', 'city', 'county'] as const

/**
 * 新的社会阶层人士统战工作情况统计表: every recurring figure of DOMAIN.md "What goes upward" —
 * headcount by 大类 and 子类, 代表人士, 人大代表/政协委员, new persons, average age;
 * activities 场次/人次; service 场次, experts, 受益; trainings 班次/人次; suggestions
 * submitted, adopted by level, with 批示; donations in 万元.
 */
export function defaultReportTemplate(): ReportTemplateSpec {
  const rows: ReportRowInput[] = [
    section(s.persons),
    line('persons.total'),
    ...CATEGORY_GROUPS.flatMap((g) => {
      const subs = CATEGORIES.filter((c) => c.code[0] === g.code)
      return [
        ofWhich(`persons.group.${g.code}`),
        // A group with one sub-group would repeat itself.
        ...(subs.length > 1 ? subs.map((c) => line(`persons.category.${c.code}`, 2)) : []),
      ]
    }),
    line('persons.team.1'),
    line('persons.team.2'),
    line('persons.added'),
    line('persons.exits'),
    line('persons.averageAge'),
    section(s.seats),
    line('persons.npc'),
    ...SEAT_LEVELS_REPORTED.map((level) => ofWhich(`persons.npc.${level}`)),
    line('persons.cppcc'),
    ...SEAT_LEVELS_REPORTED.map((level) => ofWhich(`persons.cppcc.${level}`)),
    section(s.activities),
    line('activities.count'),
    line('activities.attendance'),
    section(s.service),
    line('service.count'),
    line('service.experts'),
    line('service.beneficiaries'),
    line('activities.donations'),
    line('activities.goods'),
    line('activities.volunteerHours'),
    section(s.trainings),
    line('trainings.count'),
    line('trainings.attendance'),
    line('trainings.days'),
    section(s.suggestions),
    line('suggestions.submitted'),
    line('suggestions.adopted'),
    ...[...ADOPTION_LEVELS].reverse().map((level) => ofWhich(`suggestions.adopted.${level}`)),
    line('suggestions.instructed'),
  ]
  return {
    name: text.name,
    title: text.title,
    rows: rows.map((r) => (r.kind === 'indicator' ? { ...r, indent: r.indent ?? 0 } : r)),
    columns: ['current', 'lastYear', 'change'],
    notes: [...text.notes],
  }
}
