import {
  insertTravellingRows,
  softDeleteChildren,
  softDeleteSuggestionRow,
  updateSuggestionRow,
  type SuggestionChildTable,
} from '../../../db/repos/suggestions'
import { attachmentsOf } from '../../../db/repos/attachments'
import { uuidv7 } from '../../../shared/ids/uuidv7'
import {
  suggestionAuditText as audit,
  suggestionFieldLabels,
  suggestionMessages as msg,
} from '../../../shared/i18n/suggestions'
import { AppError } from '../../core/appError'
import type { HandlerContext } from '../../core/context'
import type { DomainHandlers } from '../../core/handlerTypes'
import { detachFiles } from '../../services/attachments/attachedFiles'
import { recomputeScores } from '../../services/suggestions/recompute'
import { selfUnitId } from '../persons/personsShared'
import {
  prepareSuggestion,
  type PreparedSubmitter,
  type PreparedSuggestion,
  type SuggestionDraft,
} from './prepare'
import { childrenOf, draftOf, ownedSuggestion, scoredRow, toSuggestions } from './shared'

type Stamp = { siteId: string; stamp: string; suggestionId: string }

function childRows(ctx: HandlerContext, p: PreparedSuggestion, s: Stamp) {
  const base = () => ({
    id: uuidv7(ctx.clock.nowMs()),
    site_id: s.siteId,
    created_at: s.stamp,
    updated_at: s.stamp,
    deleted_at: null,
    suggestion_id: s.suggestionId,
  })
  return {
    suggestion_submitters: p.submitters.map((m, i) => ({ ...base(), ...m, seq: i + 1 })),
    suggestion_adoptions: p.adoptions.map((a) => ({
      ...base(),
      body: a.body,
      level: a.level,
      adopted_on: a.adoptedOn,
      how: a.how,
    })),
    suggestion_instructions: p.instructions.map((x) => ({
      ...base(),
      leader: x.leader,
      level: x.level,
      instructed_on: x.instructedOn,
      content: x.content,
    })),
  } satisfies Record<SuggestionChildTable, Record<string, unknown>[]>
}

/** A new suggestion with its submitters, adoptions and 批示; the caller scores it. */
export function insertSuggestion(
  ctx: HandlerContext,
  prepared: PreparedSuggestion,
  siteId: string,
): string {
  const id = uuidv7(ctx.clock.nowMs())
  const stamp = ctx.clock.hlc()
  insertTravellingRows(ctx.sqlite, 'suggestions', [
    {
      id,
      site_id: siteId,
      created_at: stamp,
      updated_at: stamp,
      deleted_at: null,
      ...prepared.columns,
    },
  ])
  for (const [table, rows] of Object.entries(
    childRows(ctx, prepared, { siteId, stamp, suggestionId: id }),
  ))
    insertTravellingRows(ctx.sqlite, table as SuggestionChildTable, rows)
  return id
}

function merge(base: SuggestionDraft, patch: Partial<SuggestionDraft>): SuggestionDraft {
  const out = { ...base } as Record<string, unknown>
  for (const [k, v] of Object.entries(patch)) if (v !== undefined) out[k] = v
  return out as unknown as SuggestionDraft
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

async function answer(ctx: HandlerContext, id: string) {
  const [s] = await toSuggestions(ctx, [scoredRow(ctx, id)])
  return s!
}

export const suggestionWriteHandlers: DomainHandlers<
  'suggestions.create' | 'suggestions.update' | 'suggestions.delete'
> = {
  'suggestions.create': async (ctx, input) => {
    const siteId = await selfUnitId(ctx)
    const draft: SuggestionDraft = {
      ...input,
      channel: input.channel ?? null,
      receivingBody: input.receivingBody ?? null,
      summary: input.summary ?? null,
      fullText: input.fullText ?? null,
      outcome: input.outcome ?? null,
      activityId: input.activityId ?? null,
      remarks: input.remarks ?? null,
      adoptions: input.adoptions ?? [],
      instructions: (input.instructions ?? []).map((x) => ({ ...x, content: x.content ?? null })),
    }
    const prepared = await prepareSuggestion(ctx, draft, null)
    const id = insertSuggestion(ctx, prepared, siteId)
    recomputeScores(ctx.sqlite, [id])
    ctx.note({ objectType: 'suggestion', objectId: id, detail: audit.created(draft.title) })
    return answer(ctx, id)
  },

  'suggestions.update': async (ctx, { id, version, ...patch }) => {
    const row = await ownedSuggestion(ctx, id)
    if (version && version !== row.updated_at) throw new AppError('CONFLICT', msg.staleVersion)
    const children = childrenOf(ctx, [id])(id)
    const before = draftOf(row, children)
    const after = merge(before, patch as Partial<SuggestionDraft>)
    const kept = new Map<string, PreparedSubmitter>(
      children.submitters.flatMap((s) => (s.person_id ? [[s.person_id, { ...s }]] : [])),
    )
    const prepared = await prepareSuggestion(ctx, after, row, kept)
    const changed = (Object.keys(after) as (keyof SuggestionDraft)[]).filter(
      (k) => !same(before[k], after[k]),
    )
    if (changed.length) {
      const stamp = ctx.clock.hlc()
      const rows = childRows(ctx, prepared, { siteId: row.site_id, stamp, suggestionId: id })
      const lists = {
        submitters: 'suggestion_submitters',
        adoptions: 'suggestion_adoptions',
        instructions: 'suggestion_instructions',
      } as const
      // A list that changed is replaced: tombstones for the old rows, new rows for the new.
      for (const [key, table] of Object.entries(lists)) {
        if (!changed.includes(key as keyof SuggestionDraft)) continue
        softDeleteChildren(ctx.sqlite, table, id, stamp, row.site_id)
        insertTravellingRows(ctx.sqlite, table, rows[table])
      }
      updateSuggestionRow(ctx.sqlite, row, prepared.columns, stamp)
      recomputeScores(ctx.sqlite, [id])
    }
    ctx.note({
      objectType: 'suggestion',
      objectId: id,
      detail: audit.updated(
        after.title,
        changed.map((k) => suggestionFieldLabels[k] ?? k),
      ),
    })
    return answer(ctx, id)
  },

  'suggestions.delete': async (ctx, { id }) => {
    const row = await ownedSuggestion(ctx, id)
    const stamp = ctx.clock.hlc()
    softDeleteSuggestionRow(ctx.sqlite, row, stamp)
    await detachFiles(ctx, 'suggestion', await attachmentsOf(ctx.db, 'suggestion', id), stamp)
    ctx.note({ objectType: 'suggestion', objectId: id, detail: audit.deleted(row.title) })
    return null
  },
}
