import { z } from 'zod'
import { procedure } from './procedure'

/** An entry of a local dictionary owned by one domain (posts, activity types). */
export interface LocalDictionaryEntry {
  code: string
  name: string
  sort: number
  disabled: boolean
  /** Shipped with the app: may be renamed or disabled, not deleted. */
  builtIn: boolean
  /** Set by another unit (sent down by the upper unit): "330600 示例市委统战部", read-only here. */
  setBy?: string
}

export const localDictionaryCode = z.string().trim().min(1).max(20)

/**
 * The three procedures every local dictionary has — read for viewers, edit and delete for
 * admins — so each domain names them without restating the schemas.
 */
export function localDictionaryProcedures() {
  return {
    list: procedure<LocalDictionaryEntry[]>()({
      input: z.strictObject({ includeDisabled: z.boolean().default(false) }),
      access: 'viewer',
    }),
    save: procedure<LocalDictionaryEntry>()({
      input: z.strictObject({
        code: localDictionaryCode.regex(/^[0-9A-Za-z_-]+$/).optional(),
        name: z.string().trim().min(1).max(30),
        sort: z.number().int().min(0).max(1_000_000).optional(),
        disabled: z.boolean().optional(),
      }),
      access: 'admin',
      audited: true,
    }),
    remove: procedure<null>()({
      input: z.strictObject({ code: localDictionaryCode }),
      access: 'admin',
      audited: true,
    }),
  }
}
