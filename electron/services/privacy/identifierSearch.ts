import { normalizeIdNumber } from '../../../shared/idcard/normalizeIdNumber'
import { privacyText } from '../../../shared/i18n/privacy'
import { checkPhone } from '../../../shared/phone/checkPhone'
import { normalizePhone } from '../../../shared/phone/normalizePhone'
import { maskIdNumber, maskPhone } from '../../../shared/privacy/mask'
import { mayViewFullDetails } from '../../../shared/privacy/viewerView'
import { AppError } from '../../core/appError'
import { currentUser, type HandlerContext } from '../../core/context'
import { parseQuery } from '../search/parseQuery'
import { MIN_TAIL } from '../search/matchPersons'

/** Searches by a full ID or phone number a viewer may make in an hour. */
export const IDENTIFIER_SEARCHES_PER_HOUR = 20
const HOUR_MS = 60 * 60 * 1000
/** The audit rows that count toward the limit, across every process on the database. */
const AUDIT_OBJECT = 'identifierSearch'

type Identifier = { kind: 'idNumber' | 'phone'; masked: string }

/** A whole ID number or mobile number in a search box, or null for anything else. */
export function fullIdentifier(query: string | undefined): Identifier | null {
  const q = parseQuery(query)
  if (q.kind !== 'digits') return null
  const id = normalizeIdNumber(q.text)
  if (/^\d{17}[\dX]$|^\d{15}$/.test(id)) return { kind: 'idNumber', masked: maskIdNumber(id) }
  const phone = normalizePhone(q.text)
  if (checkPhone(phone).status === 'mobile') return { kind: 'phone', masked: maskPhone(phone) }
  return null
}

/**
 * The search text a persons.search, persons.list or persons.count call may use. A search by a whole ID or
 * phone number answers "is this the number?" for digits the screen hides: it is audited
 * (masked) for everyone and limited per hour for viewers. A viewer's partial digits keep
 * only the tail the masked values show, so typing digit by digit learns nothing more.
 */
export function searchableQuery(
  ctx: HandlerContext,
  method: 'persons.search' | 'persons.list' | 'persons.count',
  query: string | undefined,
): string | undefined {
  const user = currentUser(ctx)
  const viewer = !mayViewFullDetails(user.role)
  const identifier = fullIdentifier(query)
  if (identifier) {
    if (viewer && overLimit(ctx, user.userId)) {
      ctx.audit({ ...auditRow(method, identifier), result: 'denied', user })
      throw new AppError(
        'TOO_MANY_ATTEMPTS',
        privacyText.tooManyIdentifierSearches(IDENTIFIER_SEARCHES_PER_HOUR),
      )
    }
    ctx.audit({ ...auditRow(method, identifier), result: 'ok', user })
    return query
  }
  const q = parseQuery(query)
  if (viewer && q.kind === 'digits' && q.text.length > MIN_TAIL) return q.text.slice(-MIN_TAIL)
  return query
}

function auditRow(method: string, identifier: Identifier) {
  return {
    action: method,
    object_type: AUDIT_OBJECT,
    object_id: null,
    detail:
      identifier.kind === 'idNumber'
        ? privacyText.searchedById(identifier.masked)
        : privacyText.searchedByPhone(identifier.masked),
  }
}

/** Refused attempts count too: hammering on keeps the door shut. */
function overLimit(ctx: HandlerContext, userId: string): boolean {
  const since = new Date(ctx.clock.nowMs() - HOUR_MS).toISOString()
  const row = ctx.sqlite
    .prepare(
      'SELECT COUNT(*) AS n FROM audit_log WHERE user_id = ? AND object_type = ? AND at >= ?',
    )
    .get(userId, AUDIT_OBJECT, since) as { n: number }
  return row.n >= IDENTIFIER_SEARCHES_PER_HOUR
}
