import type { Kysely } from 'kysely'
import { readHeaderMemory, saveHeaderMemory } from '../../../db/repos/imports'
import type { Database } from '../../../db/schema'
import type { ImportSheetReport } from '../../../shared/contract/imports'
import { isImportField, type ImportField } from '../../../shared/import/importFields'
import { normalizeHeader } from '../../../shared/import/normalizeHeader'

/** The office's remembered header spellings, as detectHeader takes them. */
export async function rememberedHeaders(
  db: Kysely<Database>,
): Promise<Map<string, ImportField | null>> {
  const rows = await readHeaderMemory(db)
  const out = new Map<string, ImportField | null>()
  for (const r of rows) out.set(r.header, isImportField(r.field) ? r.field : null)
  return out
}

/**
 * Remembers what the user chose by hand for a header, so the next roster with the same
 * spelling maps by itself. Only manual choices on columns that have a header are kept.
 */
export async function rememberManualChoices(
  db: Kysely<Database>,
  sheets: ImportSheetReport[],
  at: string,
): Promise<void> {
  const entries = new Map<string, ImportField | null>()
  for (const s of sheets) {
    for (const c of s.columns) {
      const key = normalizeHeader(c.header)
      if (c.source === 'manual' && key) entries.set(key, c.field)
    }
  }
  await saveHeaderMemory(
    db,
    [...entries].map(([header, field]) => ({ header, field })),
    at,
  )
}
