import type {
  LedgerImportPreview,
  LedgerMapping,
} from '../../../../shared/contract/suggestionImport'
import { sessionStore, type SessionBase } from '../../import/sessions'

/** A ledger between preview and apply, kept in the main process like a roster's. */
export interface LedgerSession extends SessionBase {
  fileName: string
  bytes: Uint8Array
  sha256: string
  mapping: LedgerMapping[]
  preview: LedgerImportPreview
  applied: boolean
}

export const ledgerSessions = sessionStore<LedgerSession>()
