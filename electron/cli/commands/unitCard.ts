import { formatFingerprint } from '../../../shared/packages/fingerprint'
import { resolve } from 'node:path'
import { cli } from '../../../shared/i18n/cli'
import { withCliSession } from '../cliSession'
import { defineCommand } from '../command'
import { resolveDataDir } from '../dataDir'
import { EXIT } from '../errors'
import { writeNewFile } from '../newFile'

const text = cli.commands['unit card']

/** `xinlian unit card --out FILE`: this unit's public key card; no personal data, so no --user needed. */
export const unitCardCommand = defineCommand({
  name: 'unit card',
  options: {
    user: { type: 'string', help: cli.options.user, valueName: cli.valueNames.username },
    out: { type: 'string', help: text.out, valueName: cli.valueNames.file, required: true },
  },
  async run({ options, out, env }) {
    const dataDir = resolveDataDir(options['data-dir'], env)
    const target = resolve(options.out!)
    return withCliSession({ dataDir, mustExist: true }, async (s) => {
      await s.requireInitialized()
      await s.signInOrView(options.user, env)
      const card = await s.call('units.card', {})
      writeNewFile(target, Buffer.from(card.signedText, 'utf8'))
      // Printed in the 12 groups of 5 people read out to each other.
      const fingerprint = formatFingerprint(card.fingerprint)
      out.result({ ok: true, file: target, fingerprint }, [text.done(target, fingerprint)])
      return EXIT.ok
    })
  },
})
