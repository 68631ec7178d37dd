import { basename } from 'node:path'
import { cli } from '../../../shared/i18n/cli'
import { auditCheckpointText } from '../../../shared/i18n/auditCheckpoints'
import { withCliSession } from '../cliSession'
import { defineCommand } from '../command'
import { userOption } from '../commonOptions'
import { resolveDataDir } from '../dataDir'
import { CliError, EXIT } from '../errors'
import { readInputFile } from '../newFile'
import { passwordFromEnv } from '../password'

const text = cli.commands['audit verify']

export const auditVerifyCommand = defineCommand({
  name: 'audit verify',
  options: {
    ...userOption,
    against: { type: 'string', help: text.against, valueName: cli.valueNames.file },
  },
  async run({ options, out, env }) {
    const dataDir = resolveDataDir(options['data-dir'], env)
    const password = passwordFromEnv(env)
    const against = options.against
      ? {
          fileName: basename(options.against),
          data: readInputFile(options.against).toString('base64'),
        }
      : undefined
    return withCliSession({ dataDir, mustExist: true }, async (s) => {
      await s.requireInitialized()
      await s.signIn(options.user!, password)
      const result = await s.call('audit.verify', against ? { against } : {})
      const chainLine = result.chainOk
        ? text.intact(result.checked)
        : text.broken(result.brokenSeqs, result.brokenCount, result.checked)
      const lines = [chainLine, ...checkpointLines(result.checkpoints)]
      if (result.ok) {
        out.result({ ...result }, lines)
        return EXIT.ok
      }
      // A broken chain is the answer, not a crash: the document still describes it.
      if (out.json) {
        out.result({ ...result }, [])
        out.note(...lines)
        return EXIT.failed
      }
      out.note(...lines.slice(1))
      throw new CliError(chainLine, EXIT.failed, 'AUDIT_BROKEN')
    })
  },
})

/**
 * The database's own checkpoints in one summary line (years of daily ones), plus each one
 * that fails; every checkpoint from outside on its own line.
 */
function checkpointLines(checks: Parameters<typeof auditCheckpointText.line>[0][]): string[] {
  const held = checks.filter((c) => c.status === 'holds').length
  const outside = checks.filter((c) => c.source !== 'database')
  const shown = checks.filter((c) => c.source !== 'database' || c.status !== 'holds')
  return [
    auditCheckpointText.summary(
      held,
      checks.length,
      outside.filter((c) => c.status === 'holds').length,
    ),
    ...shown.map(auditCheckpointText.line),
  ]
}
