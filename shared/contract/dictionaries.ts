import { z } from 'zod'
import { procedure } from './procedure'

export const DICTIONARY_KINDS = ['township', 'community', 'category_detail', 'tag'] as const
export type DictionaryKindName = (typeof DICTIONARY_KINDS)[number]

/** One entry of a local dictionary. National code lists live in shared/codes and are not here. */
export interface DictionaryEntry {
  kind: DictionaryKindName
  code: string
  name: string
  /** community → its township's code; category_detail → its category code (11…41). */
  parentCode: string | null
  sort: number
  disabled: boolean
  /** Shipped with the app (细分领域 seeds): may be renamed or disabled, not deleted. */
  builtIn: boolean
  /**
   * Set on an entry a unit below made (it arrived with its package): it names only that unit's
   * records, and is neither offered nor edited here.
   */
  unitCode?: string
}

const kind = z.enum(DICTIONARY_KINDS)

export const dictionariesContract = {
  'dictionaries.list': procedure<DictionaryEntry[]>()({
    input: z.strictObject({
      kind: kind.optional(),
      includeDisabled: z.boolean().default(false),
      /** Also the entries of the units below, for naming their records. */
      lowerUnits: z.boolean().default(false),
    }),
    access: 'viewer',
  }),
  /** Creates (no code, or a new code) or changes an entry. */
  'dictionaries.save': procedure<DictionaryEntry>()({
    input: z.strictObject({
      kind,
      code: z
        .string()
        .trim()
        .min(1)
        .max(20)
        .regex(/^[0-9A-Za-z_-]+$/)
        .optional(),
      name: z.string().trim().min(1).max(50),
      parentCode: z.string().trim().max(20).nullish(),
      sort: z.number().int().min(0).max(1_000_000).optional(),
      disabled: z.boolean().optional(),
    }),
    access: 'admin',
    audited: true,
  }),
  'dictionaries.delete': procedure<null>()({
    input: z.strictObject({ kind, code: z.string().trim().min(1).max(20) }),
    access: 'admin',
    audited: true,
  }),
}
