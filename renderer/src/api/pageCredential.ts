import type { ApiResult } from '../../../shared/contract/result'
import {
  HTTP_SESSION_HEADER,
  HTTP_SESSION_PATH,
  HTTP_TOKEN_QUERY,
} from '../../../shared/contract/transport'

/**
 * Where the page keeps its credential: this tab's session storage, which belongs to this
 * origin (port included) and is never sent by the browser on its own, so it survives a
 * reload without becoming a cookie that every local server would receive.
 */
export const PAGE_CREDENTIAL_KEY = 'xinlian.page-session'

let pending: Promise<string> | null = null

/** The credential every call carries, fetched once per tab. */
export function pageCredential(base: string): Promise<string> {
  pending ??= acquire(base).catch((e: unknown) => {
    pending = null
    throw e
  })
  return pending
}

/** The server no longer knows it (restarted, pushed out): the next call asks afresh. */
export function forgetPageCredential(stale: string): void {
  if (tabStorage()?.getItem(PAGE_CREDENTIAL_KEY) === stale) {
    tabStorage()?.removeItem(PAGE_CREDENTIAL_KEY)
  }
  pending = null
}

export function credentialHeaders(credential: string): Record<string, string> {
  return { 'content-type': 'application/json', [HTTP_SESSION_HEADER]: credential }
}

async function acquire(base: string): Promise<string> {
  const kept = tabStorage()?.getItem(PAGE_CREDENTIAL_KEY)
  if (kept) return kept
  const res = await fetch(`${base}${HTTP_SESSION_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    credentials: 'omit',
    body: JSON.stringify({ launchToken: takeLaunchToken() }),
  })
  const result = (await res.json()) as ApiResult<{ session: string }>
  if (!result.ok) throw new Error(result.error.message)
  tabStorage()?.setItem(PAGE_CREDENTIAL_KEY, result.value.session)
  return result.value.session
}

/** The launch token leaves the address bar at once: it is good for one exchange only. */
function takeLaunchToken(): string | undefined {
  if (typeof location === 'undefined') return undefined
  const url = new URL(location.href)
  const token = url.searchParams.get(HTTP_TOKEN_QUERY)
  if (token === null) return undefined
  url.searchParams.delete(HTTP_TOKEN_QUERY)
  history.replaceState(history.state, '', url.pathname + url.search + url.hash)
  return token
}

function tabStorage(): Storage | null {
  return typeof sessionStorage === 'undefined' ? null : sessionStorage
}
