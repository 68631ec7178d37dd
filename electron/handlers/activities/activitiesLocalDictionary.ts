import {
  findDictionaryRow,
  insertDictionaryRow,
  listDictionaryRows,
  softDeleteDictionaryRow,
  updateDictionaryRow,
} from '../../../db/repos/dictionaries'
import { lowerUnitEntries } from '../../../db/repos/dictionaryScope'
import type { LocalDictionaryEntry } from '../../../shared/contract/organizations'
import { uuidv7 } from '../../../shared/ids/uuidv7'
import { ownership } from '../../../shared/i18n/packages'
import { AppError } from '../../core/appError'
import type { HandlerContext } from '../../core/context'
import { selfUnitId } from '../persons/personsShared'

/**
 * An editable list kept in the persons helper's `dictionaries` table under its own kind
 * (activity types, organization posts): seeds ship in code and a row with the same code
 * overrides its seed, as the persons dictionaries do.
 */
export interface LocalDictionary {
  kind: string
  builtIns: readonly { code: string; name: string }[]
  usage(ctx: HandlerContext, code: string): Promise<number> | number
  messages: {
    nameTaken(name: string): string
    builtIn: string
    inUse(n: number): string
    notFound: string
  }
}

export async function dictionaryEntries(
  ctx: HandlerContext,
  dict: LocalDictionary,
): Promise<LocalDictionaryEntry[]> {
  const rows = await listDictionaryRows(ctx.db, dict.kind)
  const stored = new Map(rows.map((r) => [r.code, r]))
  const setBy = await foreignSetters(ctx, rows)
  const builtIn = new Set(dict.builtIns.map((b) => b.code))
  const entries: LocalDictionaryEntry[] = dict.builtIns.map((b, i) => {
    const row = stored.get(b.code)
    return row
      ? {
          code: b.code,
          name: row.name,
          sort: row.sort,
          disabled: row.disabled === 1,
          builtIn: true,
          ...setBy(row.site_id),
        }
      : { code: b.code, name: b.name, sort: i, disabled: false, builtIn: true }
  })
  for (const r of rows) {
    if (!builtIn.has(r.code))
      entries.push({
        code: r.code,
        name: r.name,
        sort: r.sort,
        disabled: r.disabled === 1,
        builtIn: false,
        ...setBy(r.site_id),
      })
  }
  return entries.sort((a, b) => a.sort - b.sort || a.code.localeCompare(b.code))
}

/** Who set each entry that is not this unit's own: the upper unit's 下发, or a unit below. */
async function foreignSetters(
  ctx: HandlerContext,
  rows: { site_id: string }[],
): Promise<(siteId: string) => { setBy?: string }> {
  const self = await selfUnitId(ctx)
  const foreign = [...new Set(rows.map((r) => r.site_id).filter((s) => s !== self))]
  const units = foreign.length
    ? await ctx.db
        .selectFrom('units')
        .select(['id', 'code', 'name'])
        .where('id', 'in', foreign)
        .execute()
    : []
  const label = new Map(units.map((u) => [u.id, `${u.code} ${u.name}`]))
  return (siteId) => (siteId === self ? {} : { setBy: label.get(siteId) ?? ownership.unknownUnit })
}

/** An entry another unit set is used here as it is: renaming, disabling or deleting it is theirs. */
async function assertOwnEntry(ctx: HandlerContext, siteId: string): Promise<void> {
  if (siteId === (await selfUnitId(ctx))) return
  const setBy = (await foreignSetters(ctx, [{ site_id: siteId }]))(siteId).setBy!
  throw new AppError('FORBIDDEN', ownership.issuedEntry(setBy))
}

/**
 * The name of a code, disabled entries included (old records still name them): the entry of
 * the record's owner when a unit below made its own, else the one in force here.
 */
export async function dictionaryNames(
  ctx: HandlerContext,
  dict: LocalDictionary,
): Promise<(code: string, ownerSiteId: string) => string | undefined> {
  const here = new Map((await dictionaryEntries(ctx, dict)).map((e) => [e.code, e.name]))
  const below = new Map(
    (await lowerUnitEntries(ctx.db, dict.kind)).map((e) => [`${e.siteId}:${e.code}`, e.name]),
  )
  return (code, ownerSiteId) => below.get(`${ownerSiteId}:${code}`) ?? here.get(code)
}

export async function saveDictionaryEntry(
  ctx: HandlerContext,
  dict: LocalDictionary,
  input: {
    code?: string | undefined
    name: string
    sort?: number | undefined
    disabled?: boolean | undefined
  },
): Promise<LocalDictionaryEntry> {
  const all = await dictionaryEntries(ctx, dict)
  const current = input.code ? all.find((e) => e.code === input.code) : undefined
  if (all.some((e) => e.name === input.name && e.code !== input.code))
    throw new AppError('CONFLICT', dict.messages.nameTaken(input.name))
  const code = input.code ?? freeCode(all)
  const values = {
    name: input.name,
    parent_code: null,
    sort: input.sort ?? current?.sort ?? all.length,
    disabled: (input.disabled ?? current?.disabled ?? false) ? 1 : 0,
  }
  const stamp = ctx.clock.hlc()
  const row = await findDictionaryRow(ctx.db, dict.kind, code)
  if (row) await assertOwnEntry(ctx, row.site_id)
  if (row) await updateDictionaryRow(ctx.db, row, values, stamp)
  else
    await insertDictionaryRow(ctx.db, {
      id: uuidv7(ctx.clock.nowMs()),
      site_id: await selfUnitId(ctx),
      created_at: stamp,
      updated_at: stamp,
      deleted_at: null,
      kind: dict.kind,
      code,
      ...values,
    })
  return (await dictionaryEntries(ctx, dict)).find((e) => e.code === code)!
}

export async function deleteDictionaryEntry(
  ctx: HandlerContext,
  dict: LocalDictionary,
  code: string,
): Promise<LocalDictionaryEntry> {
  if (dict.builtIns.some((b) => b.code === code))
    throw new AppError('CONFLICT', dict.messages.builtIn)
  const row = await findDictionaryRow(ctx.db, dict.kind, code)
  if (!row) throw new AppError('NOT_FOUND', dict.messages.notFound)
  await assertOwnEntry(ctx, row.site_id)
  const used = await dict.usage(ctx, code)
  if (used > 0) throw new AppError('CONFLICT', dict.messages.inUse(used))
  await softDeleteDictionaryRow(ctx.db, row, ctx.clock.hlc())
  return { code, name: row.name, sort: row.sort, disabled: row.disabled === 1, builtIn: false }
}

/** The entry a record may use: it exists and is not disabled. */
export async function usableEntry(ctx: HandlerContext, dict: LocalDictionary, code: string) {
  const entry = (await dictionaryEntries(ctx, dict)).find((e) => e.code === code)
  return entry && !entry.disabled ? entry : null
}

/** Two-digit codes continue after the seeds: 12, 13… */
function freeCode(all: readonly LocalDictionaryEntry[]): string {
  const max = all.reduce((m, e) => (/^\d+$/.test(e.code) ? Math.max(m, Number(e.code)) : m), 0)
  return String(max + 1).padStart(2, '0')
}
