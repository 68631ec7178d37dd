import { z } from 'zod'
import type { ActivityLedger } from '../documents/activityLedger'
import type { PersonForm } from '../documents/personForm'
import { ROSTER_COLUMN_KEYS, type Roster, type RosterColumnKey } from '../documents/roster'
import type { SignInSheet } from '../documents/signInSheet'
import { idField } from './fields'
import { BULK_PERSON_LIMIT } from './organizations'
import { personFilterShape } from './persons'
import { procedure } from './procedure'

export type { ActivityLedger, PersonForm, Roster, SignInSheet }

export const DOCUMENT_KINDS = [
  'signIn',
  'roster',
  'ledger',
  'personForm',
  'suggestionLedger',
  'yearReport',
  'keyRegistration',
  'statusBoard',
  'recoveryKey',
] as const
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]

/** Whom a 花名册 lists. */
export const rosterSourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('filter'), filter: z.strictObject(personFilterShape) }),
  z.strictObject({
    kind: z.literal('organization'),
    organizationId: idField,
    includeBranches: z.boolean().default(false),
  }),
  z.strictObject({ kind: z.literal('activity'), activityId: idField }),
  z.strictObject({
    kind: z.literal('persons'),
    personIds: z.array(idField).min(1).max(BULK_PERSON_LIMIT),
  }),
])

const rosterInput = z.strictObject({
  source: rosterSourceSchema,
  columns: z
    .array(z.enum(ROSTER_COLUMN_KEYS as [RosterColumnKey, ...RosterColumnKey[]]))
    .max(40)
    .default([]),
  title: z.string().trim().max(60).optional(),
})

/**
 * Print models, computed by the core from the register and paginated by shared/documents:
 * the print routes render them as they are. Masked unless the *Unmasked procedure is used,
 * which needs an operator and leaves an audit record.
 */
export const documentsContract = {
  'documents.signInSheet': procedure<SignInSheet>()({
    input: z.strictObject({
      activityId: idField,
      blankRows: z.number().int().min(0).max(200).default(10),
      showPhone: z.boolean().default(false),
      showSignTime: z.boolean().default(false),
    }),
    access: 'viewer',
  }),
  'documents.roster': procedure<Roster>()({ input: rosterInput, access: 'viewer' }),
  'documents.rosterUnmasked': procedure<Roster>()({
    input: rosterInput,
    access: 'operator',
    audited: true,
  }),
  'documents.ledger': procedure<ActivityLedger>()({
    input: z.strictObject({
      year: z.number().int().min(1949).max(2999),
      /** Planned activities as well as held ones (cancelled ones never count). */
      includePlanned: z.boolean().default(false),
    }),
    access: 'viewer',
  }),
  'documents.personForm': procedure<PersonForm>()({
    input: z.strictObject({ personId: idField }),
    access: 'viewer',
  }),
  'documents.personFormUnmasked': procedure<PersonForm>()({
    input: z.strictObject({ personId: idField }),
    access: 'operator',
    audited: true,
  }),
  /** The print shell reports a document printed or saved as PDF: every export is recorded. */
  'documents.recordOutput': procedure<null>()({
    input: z.strictObject({
      document: z.enum(DOCUMENT_KINDS),
      objectId: z.string().max(64).optional(),
      title: z.string().max(100).optional(),
      masked: z.boolean(),
      pages: z.number().int().min(1).max(100_000),
      output: z.enum(['printer', 'pdf']),
    }),
    access: 'viewer',
    audited: true,
  }),
}
