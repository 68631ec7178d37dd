import type { Kysely } from 'kysely'
import { listDictionaryRows } from '../../../db/repos/dictionaries'
import { selfUnit } from '../../../db/repos/units'
import type { Database } from '../../../db/schema'
import type { LocalNames } from '../../../shared/documents/codeText'

/** Township and community names by code, for documents that print them. */
export async function localNames(db: Kysely<Database>): Promise<LocalNames> {
  const rows = await listDictionaryRows(db)
  const of = (kind: string) =>
    Object.fromEntries(rows.filter((r) => r.kind === kind).map((r) => [r.code, r.name]))
  return { township: of('township'), community: of('community') }
}

/** 制表单位 / 填报单位: this installation's unit. */
export async function unitName(db: Kysely<Database>): Promise<string> {
  return (await selfUnit(db))?.name ?? ''
}
