import type { Input } from '../../../shared/contract'
import { cli } from '../../../shared/i18n/cli'
import { withSignedInUser } from '../cliSession'
import { defineCommand } from '../command'
import { readJsonObjects } from '../jsonInput'
import { userOption } from '../commonOptions'
import { CliError, EXIT } from '../errors'

const text = cli.commands['persons add']

const readDrafts = (file: string) =>
  readJsonObjects<Input<'persons.create'>>(file, {
    badJson: text.badJson,
    notObjects: text.notPersons,
  })

export const personsAddCommand = defineCommand({
  name: 'persons add',
  options: {
    ...userOption,
    input: { type: 'string', help: text.input, valueName: cli.valueNames.file, required: true },
  },
  async run({ options, out, env }) {
    const drafts = readDrafts(options.input!)
    return withSignedInUser(options, env, async (s) => {
      // Each record is its own audited transaction; stop at the first refusal and say what
      // was already added, so a corrected file can be run again for the rest.
      const created: { id: string; name: string; warnings: string[] }[] = []
      for (const [i, draft] of drafts.entries()) {
        const r = await s.core.call(s.slot, 'persons.create', draft)
        if (!r.ok) {
          if (created.length) out.note(text.partial(created.length))
          throw new CliError(text.rowFailed(i + 1, r.error.message), EXIT.failed, r.error.code)
        }
        created.push({
          id: r.value.person.id,
          name: r.value.person.name,
          warnings: r.value.warnings,
        })
      }
      out.result({ created: created.length, items: created }, [
        text.done(created.length),
        ...created.map((c) => text.added(c.name, c.id)),
      ])
      for (const c of created)
        if (c.warnings.length) out.note(`${c.name}：${c.warnings.join('；')}`)
      return EXIT.ok
    })
  },
})
