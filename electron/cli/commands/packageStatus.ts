import { cli } from '../../../shared/i18n/cli'
import { withCliSession } from '../cliSession'
import { defineCommand } from '../command'
import { resolveDataDir } from '../dataDir'
import { EXIT } from '../errors'

const text = cli.commands['package status']

/** `xinlian package status`: the board, one entry per unit and period. */
export const packageStatusCommand = defineCommand({
  name: 'package status',
  options: {
    user: { type: 'string', help: cli.options.user, valueName: cli.valueNames.username },
    period: { type: 'string', help: text.period, valueName: '期间' },
  },
  async run({ options, out, env }) {
    const dataDir = resolveDataDir(options['data-dir'], env)
    return withCliSession({ dataDir, mustExist: true }, async (s) => {
      await s.requireInitialized()
      await s.signInOrView(options.user, env)
      const board = await s.call('packages.statusBoard', { period: options.period })
      const names = new Map(board.units.map((u) => [u.code, u.name]))
      const entries = board.cells.map((c) => ({
        unitCode: c.unitCode,
        name: names.get(c.unitCode) ?? '',
        period: c.period,
        status: c.status,
        deadline: c.deadline,
        firstAt: c.firstAt,
        lastAt: c.lastAt,
        daysLate: c.daysLate,
        packages: c.packages,
        rows: c.rows,
        deleted: c.deleted,
        rowsChanged: c.rowsChanged,
        reason: c.reason,
        history: c.history,
      }))
      out.result(
        { ok: true, scope: board.scope, today: board.today, periods: board.periods, entries },
        entries.length ? entries.map(text.line) : [text.none],
      )
      return EXIT.ok
    })
  },
})
