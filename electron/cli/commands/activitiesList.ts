import type { Activity, ActivityStatus } from '../../../shared/contract'
import { ACTIVITY_STATUSES } from '../../../shared/contract/activities'
import { activityStatusNames } from '../../../shared/i18n/activities'
import { cli } from '../../../shared/i18n/cli'
import { withSignedInUser } from '../cliSession'
import { defineCommand } from '../command'
import { unitOption, unitsFilter, userOption } from '../commonOptions'
import { EXIT, usageError } from '../errors'

const text = cli.commands['activities list']
const PAGE = 500

/** `已举办` or `held` → held. */
function statusOf(value: string): ActivityStatus {
  const v = value.trim()
  const hit = ACTIVITY_STATUSES.find((s) => s === v || activityStatusNames[s] === v)
  if (!hit) throw usageError(text.badStatus(value))
  return hit
}

export const activitiesListCommand = defineCommand({
  name: 'activities list',
  options: {
    ...userOption,
    ...unitOption,
    year: { type: 'string', help: text.year, valueName: 'YYYY' },
    type: { type: 'string', help: text.type, valueName: cli.valueNames.code },
    status: { type: 'string', help: text.status, valueName: cli.valueNames.name },
  },
  async run({ options, out, env }) {
    const year = options.year === undefined ? undefined : Number(options.year)
    if (year !== undefined && !(/^\d{4}$/.test(options.year!) && year >= 1949))
      throw usageError(text.badYear(options.year!))
    const status = options.status === undefined ? undefined : statusOf(options.status)
    return withSignedInUser(options, env, async (s) => {
      let type: string | undefined
      if (options.type !== undefined) {
        const types = await s.call('activities.types', { includeDisabled: true })
        const wanted = options.type.trim()
        type = types.find((t) => t.code === wanted || t.name === wanted)?.code
        if (!type) throw usageError(text.badType(options.type))
      }
      const items: Activity[] = []
      let total = 0
      for (let page = 1; ; page++) {
        const r = await s.call('activities.list', {
          year,
          type,
          status,
          ...unitsFilter(options.unit),
          page,
          pageSize: PAGE,
        })
        total = r.total
        items.push(...r.items)
        if (r.items.length < PAGE) break
      }
      out.result({ count: total, items }, [
        ...(items.length === 0 ? [text.none] : []),
        ...items.map(
          (a) =>
            `${a.id}  ${text.line(a.startDate, a.title, a.typeName, activityStatusNames[a.status]!, a.attendance.actual)}`,
        ),
        ...(items.length ? [text.total(total)] : []),
      ])
      return EXIT.ok
    })
  },
})
