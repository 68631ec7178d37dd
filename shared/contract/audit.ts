import { z } from 'zod'
import type { CheckpointCheck } from '../audit/checkpoint'
import { procedure } from './procedure'
import { pageField, pageSizeField } from './fields'
import { PACKAGE_MAX_BASE64 } from './packages'

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
  /** The chain links up and every checkpoint found holds. */
  ok: boolean
  /** The chain alone: every row follows from the one before. */
  chainOk: boolean
  checked: number
  /** The first row whose hash does not follow from the row before it. */
  firstBrokenSeq: number | null
  /** Every such row, in order (the first thousand); a fork or an edit is one entry each. */
  brokenSeqs: number[]
  brokenCount: number
  /** Every signed checkpoint found (the database's, the last receipt's, a backup's, the file given), checked. */
  checkpoints: CheckpointCheck[]
}

/** An exported checkpoint file (.xlckp): kept by someone else, it pins where the log stood. */
export interface CheckpointFile {
  fileName: string
  text: string
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
    input: z.strictObject({
      /** A package, receipt, backup or checkpoint file to check the chain against too. */
      against: z
        .strictObject({
          fileName: z.string().min(1).max(255),
          data: z.string().min(1).max(PACKAGE_MAX_BASE64),
        })
        .optional(),
    }),
    access: 'admin',
    audited: true,
  }),
  /** Takes a checkpoint now and hands it out as a file to keep elsewhere. */
  'audit.checkpoint': procedure<CheckpointFile>()({
    input: z.strictObject({}),
    access: 'admin',
    audited: true,
  }),
}
