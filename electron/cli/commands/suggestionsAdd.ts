import type { Input, LocalDictionaryEntry } from '../../../shared/contract'
import { SUGGESTION_STATUSES } from '../../../shared/contract/suggestions'
import { cli } from '../../../shared/i18n/cli'
import {
  suggestionFieldLabels as labels,
  suggestionStatusNames,
} from '../../../shared/i18n/suggestions'
import { withSignedInUser, type CliSession } from '../cliSession'
import { defineCommand } from '../command'
import { readJsonObjects } from '../jsonInput'
import { userOption } from '../commonOptions'
import { CliError, EXIT } from '../errors'

const text = cli.commands['suggestions add']
type Draft = Input<'suggestions.create'>
interface FileSubmitter {
  personId?: string | null
  name?: string
  employer?: string
  external?: boolean
  isLead?: boolean
}
type FileDraft = Omit<Draft, 'submitters'> & { submitters?: FileSubmitter[] }

const readDrafts = (file: string) =>
  readJsonObjects<FileDraft>(file, { badJson: text.badJson, notObjects: text.notSuggestions })

/** A code or a name of a dictionary entry → its code. */
function codeOf(entries: LocalDictionaryEntry[], label: string, value: string | null | undefined) {
  if (!value) return value
  const hit = entries.find((e) => e.code === value || e.name === value)
  if (!hit) throw new CliError(text.badDictionary(label, value), EXIT.failed, 'BAD_INPUT')
  return hit.code
}

/** By name (and employer when given) in the register; never a guess between namesakes. */
async function resolveSubmitter(s: CliSession, m: FileSubmitter) {
  if (m.personId || m.external || !m.name)
    return { personId: m.personId ?? null, name: m.name, employer: m.employer, isLead: m.isLead }
  const found = await s.call('persons.list', { query: m.name, pageSize: 500 })
  const same = found.items.filter(
    (p) => p.name === m.name && (!m.employer || p.employer === m.employer),
  )
  if (same.length === 0)
    throw new CliError(text.noSuchPerson(m.name, m.employer ?? ''), EXIT.failed, 'BAD_INPUT')
  if (same.length > 1)
    throw new CliError(text.ambiguousPerson(m.name, same.length), EXIT.failed, 'BAD_INPUT')
  return { personId: same[0]!.id, isLead: m.isLead }
}

const statusOf = (v: string | undefined) =>
  SUGGESTION_STATUSES.find((s) => s === v || suggestionStatusNames[s] === v) ?? v

export const suggestionsAddCommand = defineCommand({
  name: 'suggestions add',
  options: {
    ...userOption,
    input: { type: 'string', help: text.input, valueName: cli.valueNames.file, required: true },
  },
  async run({ options, out, env }) {
    const drafts = readDrafts(options.input!)
    return withSignedInUser(options, env, async (s) => {
      const kinds = await s.call('suggestions.kinds', { includeDisabled: false })
      const channels = await s.call('suggestions.channels', { includeDisabled: false })
      // Each record is its own audited transaction: stop at the first refusal, say what was added.
      const created: { id: string; title: string; score: number }[] = []
      for (const [i, d] of drafts.entries()) {
        const fail = (message: string, code?: string) => {
          if (created.length) out.note(text.partial(created.length))
          return new CliError(text.rowFailed(i + 1, message), EXIT.failed, code ?? 'BAD_INPUT')
        }
        let draft: Draft
        try {
          draft = {
            ...d,
            kind: codeOf(kinds, labels.kind!, d.kind)!,
            channel: codeOf(channels, labels.channel!, d.channel),
            status: statusOf(d.status) as Draft['status'],
            submitters: await Promise.all((d.submitters ?? []).map((m) => resolveSubmitter(s, m))),
          }
        } catch (e) {
          throw fail((e as Error).message, (e as CliError).code)
        }
        const r = await s.core.call(s.slot, 'suggestions.create', draft)
        if (!r.ok) throw fail(r.error.message, r.error.code)
        created.push({ id: r.value.id, title: r.value.title, score: r.value.score })
      }
      out.result({ created: created.length, items: created }, [
        text.done(created.length),
        ...created.map((c) => text.added(c.title, c.score, c.id)),
      ])
      return EXIT.ok
    })
  },
})
