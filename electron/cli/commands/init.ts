import { cli } from '../../../shared/i18n/cli'
import { common } from '../../../shared/i18n/common'
import { dataAtRestText } from '../../../shared/i18n/dataAtRest'
import { withCliSession } from '../cliSession'
import { defineCommand } from '../command'
import { resolveDataDir } from '../dataDir'
import { EXIT, CliError } from '../errors'
import { passwordFromEnv } from '../password'

const text = cli.commands.init

/** Which option carried each field of setup.init, for error messages. */
const OPTION_OF = {
  'unit.code': '--unit-code',
  'unit.name': '--unit-name',
  'admin.username': '--admin',
  'admin.displayName': '--admin-name',
  'admin.password': 'XINLIAN_PASSWORD',
}

export const initCommand = defineCommand({
  name: 'init',
  options: {
    'unit-code': {
      type: 'string',
      help: text.unitCode,
      valueName: cli.valueNames.code,
      required: true,
    },
    'unit-name': {
      type: 'string',
      help: text.unitName,
      valueName: cli.valueNames.name,
      required: true,
    },
    admin: { type: 'string', help: text.admin, valueName: cli.valueNames.username, required: true },
    'admin-name': { type: 'string', help: text.adminName, valueName: cli.valueNames.displayName },
  },
  async run({ options, out, env }) {
    const dataDir = resolveDataDir(options['data-dir'], env)
    // Read before anything is created: a missing password must not leave an empty database.
    const password = passwordFromEnv(env)
    const username = options.admin!
    return withCliSession({ dataDir, mustExist: false }, async (s) => {
      const admin = await s
        .call(
          'setup.init',
          {
            unit: { code: options['unit-code']!, name: options['unit-name']! },
            admin: { username, displayName: options['admin-name'] ?? username, password },
          },
          OPTION_OF,
        )
        .catch((e: unknown) => {
          if (e instanceof CliError && e.code === 'ALREADY_INITIALIZED') {
            throw new CliError(
              `${e.message}\n${cli.errors.alreadyInitialized(dataDir)}`,
              EXIT.failed,
              e.code,
            )
          }
          throw e
        })
      const { unit } = await s.call('system.status', {})
      const level = common.unitLevels[unit!.level] ?? unit!.level
      // Shown this once and kept nowhere in clear: the only way in when passwords are lost.
      const recoveryKey = s.core.takeRecoveryKey()
      out.result(
        {
          ok: true,
          dataDir,
          unit: { code: unit!.code, name: unit!.name, level: unit!.level },
          admin: { username: admin.username, displayName: admin.displayName, role: admin.role },
          ...(recoveryKey ? { recoveryKey } : {}),
        },
        [
          text.done(unit!.name, unit!.code, level, admin.username),
          text.keepPassword,
          ...(recoveryKey ? dataAtRestText.recoveryKeyLines(recoveryKey) : []),
        ],
      )
      return EXIT.ok
    })
  },
})
