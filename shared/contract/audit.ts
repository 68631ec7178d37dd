import { z } from 'zod'
import { procedure } from './procedure'
import { pageField, pageSizeField } from './fields'

export interface AuditRow {
  seq: number
  at: string
  username: string | null
  action: string
  objectType: string | null
  objectId: string | null
  result: 'ok' | 'denied' | 'failed'
  detail: string | null
}

export interface AuditPage {
  total: number
  items: AuditRow[]
}

export interface AuditVerifyResult {
  ok: boolean
  checked: number
  /** The first row whose hash does not follow from the row before it. */
  firstBrokenSeq: number | null
  /** Every such row, in order (the first thousand); a fork or an edit is one entry each. */
  brokenSeqs: number[]
  brokenCount: number
}

export const auditContract = {
  'audit.list': procedure<AuditPage>()({
    input: z.strictObject({
      page: pageField,
      pageSize: pageSizeField,
      action: z.string().max(64).optional(),
      username: z.string().max(64).optional(),
      result: z.enum(['ok', 'denied', 'failed']).optional(),
      /** ISO instants; `to` is exclusive. The renderer turns local dates into these. */
      from: z.iso.datetime().optional(),
      to: z.iso.datetime().optional(),
    }),
    access: 'admin',
  }),
  'audit.actions': procedure<string[]>()({ input: z.strictObject({}), access: 'admin' }),
  'audit.verify': procedure<AuditVerifyResult>()({
    input: z.strictObject({}),
    access: 'admin',
    audited: true,
  }),
}
