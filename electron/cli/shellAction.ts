import { contract, type Method } from '../../shared/contract'
import type { AuditNote } from '../core/context'
import { accessProblem } from '../core/dispatch'
import { appendAudit } from '../services/audit/auditLog'
import type { AuditFields } from '../services/audit/hashChain'
import type { CliSession } from './cliSession'
import { apiFailure, toCliError } from './errors'

/**
 * Runs work the CLI does itself (a file at a path the user chose) as if it were the
 * procedure `method`: the same role gate, and the same audit row — ok, failed or denied —
 * that the dispatcher writes when the button in the app calls it.
 */
export async function asProcedure<T>(
  s: CliSession,
  method: Method,
  work: () => Promise<{ value: T; note: AuditNote }>,
): Promise<T> {
  const user = s.slot.get()
  const audit = (result: AuditFields['result'], note: AuditNote) =>
    appendAudit(
      s.core.database.sqlite,
      {
        action: method,
        object_type: note.objectType ?? null,
        object_id: note.objectId ?? null,
        result,
        detail: note.detail ?? null,
        user_id: user?.userId ?? null,
        username: user?.username ?? null,
      },
      s.core.clock.nowIso(),
    )

  const denied = accessProblem(contract[method].access, method, s.slot)
  if (denied) {
    if (denied.code === 'FORBIDDEN' && user) audit('denied', {})
    throw apiFailure(denied.toApiError())
  }
  try {
    const { value, note } = await work()
    audit('ok', note)
    return value
  } catch (e) {
    const err = toCliError(e)
    audit('failed', { detail: err.message })
    throw err
  }
}
