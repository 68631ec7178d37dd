import type { IncomingHttpHeaders } from 'node:http'

export type RequestRefusal = 'origin' | 'content-type'

/**
 * Whether a POST may reach the core. A page served by another local port is same-site (cookies
 * and SameSite ignore ports), so only the exact origin counts; and only `application/json`,
 * which a cross-origin form or `text/plain` fetch cannot send without a preflight we never grant.
 */
export function refuseRequest(headers: IncomingHttpHeaders, host: string): RequestRefusal | null {
  if (headers.origin !== `http://${host}`) return 'origin'
  const site = headers['sec-fetch-site']
  if (site !== undefined && site !== 'same-origin') return 'origin'
  const type = (headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase()
  if (type !== 'application/json') return 'content-type'
  return null
}
