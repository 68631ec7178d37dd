import {
  dictionaryUsage,
  findDictionaryRow,
  insertDictionaryRow,
  listDictionaryRows,
  nextDictionaryCode,
  softDeleteDictionaryRow,
  updateDictionaryRow,
  type DictionaryRow,
} from '../../db/repos/dictionaries'
import { lowerUnitEntries } from '../../db/repos/dictionaryScope'
import { CATEGORIES, CATEGORY_SUBFIELDS } from '../../shared/codes/categories'
import type { DictionaryEntry, DictionaryKindName } from '../../shared/contract/dictionaries'
import { uuidv7 } from '../../shared/ids/uuidv7'
import { dictionaryKindNames, dictionaryMessages as msg } from '../../shared/i18n/persons'
import { AppError } from '../core/appError'
import type { HandlerContext } from '../core/context'
import type { DomainHandlers } from '../core/handlerTypes'
import { selfUnitId } from './persons/personsShared'

/** Seeds shipped with the app; a database row with the same code overrides one. */
function builtIns(kind: DictionaryKindName | undefined): DictionaryEntry[] {
  if (kind && kind !== 'category_detail') return []
  return CATEGORY_SUBFIELDS.map((s, i) => ({
    kind: 'category_detail',
    code: s.code,
    name: s.name,
    parentCode: s.category,
    sort: i,
    disabled: false,
    builtIn: true,
  }))
}

const isBuiltIn = (kind: string, code: string) =>
  builtIns(kind as DictionaryKindName).some((b) => b.code === code)

function toEntry(
  row: Pick<DictionaryRow, 'kind' | 'code' | 'name' | 'parent_code' | 'sort' | 'disabled'>,
): DictionaryEntry {
  return {
    kind: row.kind as DictionaryKindName,
    code: row.code,
    name: row.name,
    parentCode: row.parent_code,
    sort: row.sort,
    disabled: row.disabled === 1,
    builtIn: isBuiltIn(row.kind, row.code),
  }
}

async function entries(ctx: HandlerContext, kind?: DictionaryKindName): Promise<DictionaryEntry[]> {
  const rows = (await listDictionaryRows(ctx.db, kind)).map(toEntry)
  const overridden = new Set(rows.map((r) => `${r.kind}:${r.code}`))
  const all = [...rows, ...builtIns(kind).filter((b) => !overridden.has(`${b.kind}:${b.code}`))]
  return all.sort(
    (a, b) => a.kind.localeCompare(b.kind) || a.sort - b.sort || a.code.localeCompare(b.code),
  )
}

async function checkParent(
  ctx: HandlerContext,
  kind: DictionaryKindName,
  parentCode: string | null,
) {
  if (kind === 'community') {
    if (!parentCode) throw new AppError('BAD_INPUT', msg.parentRequired)
    if (!(await findDictionaryRow(ctx.db, 'township', parentCode))) {
      throw new AppError('BAD_INPUT', msg.parentMissing(parentCode))
    }
  }
  if (kind === 'category_detail' && !CATEGORIES.some((c) => c.code === parentCode)) {
    throw new AppError('BAD_INPUT', msg.parentMissing(parentCode ?? ''))
  }
}

/** A free code: 细分领域 continue their category's numbering from 51 (seeds use 01–50). */
async function freeCode(ctx: HandlerContext, kind: DictionaryKindName, parentCode: string | null) {
  if (kind !== 'category_detail') return nextDictionaryCode(ctx.db, kind)
  const taken = new Set((await entries(ctx, kind)).map((e) => e.code))
  for (let n = 51; n < 100; n++) if (!taken.has(`${parentCode}${n}`)) return `${parentCode}${n}`
  return nextDictionaryCode(ctx.db, kind)
}

export const dictionariesHandlers: DomainHandlers<
  'dictionaries.list' | 'dictionaries.save' | 'dictionaries.delete'
> = {
  'dictionaries.list': async (ctx, { kind, includeDisabled, lowerUnits }) =>
    [
      ...(await entries(ctx, kind)),
      ...(lowerUnits
        ? (await lowerUnitEntries(ctx.db, kind)).map((e) => ({
            ...toEntry(e),
            builtIn: false,
            unitCode: e.unitCode,
          }))
        : []),
    ].filter((e) => includeDisabled || !e.disabled),

  'dictionaries.save': async (ctx, input) => {
    const siteId = await selfUnitId(ctx)
    const all = await entries(ctx, input.kind)
    const current = input.code ? all.find((e) => e.code === input.code) : undefined
    const parentCode =
      input.parentCode === undefined ? (current?.parentCode ?? null) : input.parentCode || null
    await checkParent(ctx, input.kind, parentCode)
    const clash = all.find(
      (e) => e.name === input.name && e.parentCode === parentCode && e.code !== input.code,
    )
    if (clash) throw new AppError('CONFLICT', msg.nameTaken(input.name))
    const code = input.code ?? (await freeCode(ctx, input.kind, parentCode))
    const stamp = ctx.clock.hlc()
    const values = {
      name: input.name,
      parent_code: parentCode,
      sort: input.sort ?? current?.sort ?? all.length,
      disabled: (input.disabled ?? current?.disabled ?? false) ? 1 : 0,
    }
    const row = await findDictionaryRow(ctx.db, input.kind, code)
    if (row) await updateDictionaryRow(ctx.db, row, values, stamp)
    else {
      await insertDictionaryRow(ctx.db, {
        id: uuidv7(ctx.clock.nowMs()),
        site_id: siteId,
        created_at: stamp,
        updated_at: stamp,
        deleted_at: null,
        kind: input.kind,
        code,
        ...values,
      })
    }
    ctx.note({
      objectType: 'dictionary',
      objectId: `${input.kind}:${code}`,
      detail: `${dictionaryKindNames[input.kind]} ${code} ${input.name}`,
    })
    return toEntry((await findDictionaryRow(ctx.db, input.kind, code))!)
  },

  'dictionaries.delete': async (ctx, { kind, code }) => {
    if (isBuiltIn(kind, code)) throw new AppError('CONFLICT', msg.builtIn)
    const row = await findDictionaryRow(ctx.db, kind, code)
    if (!row) throw new AppError('NOT_FOUND')
    const used = await dictionaryUsage(ctx.db, kind, code)
    if (used > 0) throw new AppError('CONFLICT', msg.inUse(used))
    await softDeleteDictionaryRow(ctx.db, row, ctx.clock.hlc())
    ctx.note({
      objectType: 'dictionary',
      objectId: `${kind}:${code}`,
      detail: `${dictionaryKindNames[kind]} ${code} ${row.name}`,
    })
    return null
  },
}
