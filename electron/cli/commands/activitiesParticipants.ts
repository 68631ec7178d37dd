import { attendanceNames, participantRoleNames } from '../../../shared/i18n/activities'
import { cli } from '../../../shared/i18n/cli'
import { withSignedInUser } from '../cliSession'
import { defineCommand } from '../command'
import { userOption } from '../commonOptions'
import { EXIT } from '../errors'

const text = cli.commands['activities participants']

export const activitiesParticipantsCommand = defineCommand({
  name: 'activities participants',
  args: [{ name: 'id', label: text.idArg, help: text.idArg }],
  options: { ...userOption },
  async run({ options, args, out, env }) {
    return withSignedInUser(options, env, async (s) => {
      const id = args.id!
      const activity = await s.call('activities.get', { id }, { id: `<${text.idArg}>` })
      const list = await s.call('participants.list', { activityId: id })
      out.result(
        {
          activity: {
            id: activity.id,
            title: activity.title,
            startDate: activity.startDate,
            status: activity.status,
          },
          summary: list.summary,
          count: list.items.length,
          items: list.items,
        },
        [
          text.header(activity.title, list.summary.expected, list.summary.actual),
          ...list.items.map((p) =>
            text.line(
              p.seq,
              p.name,
              p.employer ?? '',
              participantRoleNames[p.role]!,
              attendanceNames[p.attendance]!,
            ),
          ),
        ],
      )
      return EXIT.ok
    })
  },
})
