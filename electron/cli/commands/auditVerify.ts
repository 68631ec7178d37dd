import { basename } from 'node:path'
import { cli } from '../../../shared/i18n/cli'
import { auditCheckpointText } from '../../../shared/i18n/auditCheckpoints'
import { withSignedInUser } from '../cliSession'
import { defineCommand } from '../command'
import { userOption } from '../commonOptions'
import { CliError, EXIT } from '../errors'
import { readInputFile } from '../newFile'

const text = cli.commands['audit verify']

export const auditVerifyCommand = defineCommand({
  name: 'audit verify',
  options: {
    ...userOption,
    against: { type: 'string', help: text.against, valueName: cli.valueNames.file },
  },
  async run({ options, out, env }) {
    const against = options.against
      ? {
          fileName: basename(options.against),
          data: readInputFile(options.against).toString('base64'),
        }
      : undefined
    return withSignedInUser(options, env, async (s) => {
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
