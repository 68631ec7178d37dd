import { isRendererUrl } from './rendererUrl'

/**
 * What to do when the page tries to leave: stay (our own page), ask before handing an
 * ordinary web address to the system browser, or refuse silently (file:, javascript:,
 * custom schemes, anything unparsable).
 */
export type LinkDecision = 'allow' | 'ask-external' | 'deny'

export function navigationDecision(url: string, rendererUrl: string): LinkDecision {
  if (isRendererUrl(url, rendererUrl)) return 'allow'
  return externalLinkDecision(url)
}

/** New windows are never opened; a web address may go to the system browser after a confirm. */
export function externalLinkDecision(url: string): Exclude<LinkDecision, 'allow'> {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return 'deny'
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'deny'
  // user:pass@host addresses are a classic way to disguise where a link goes.
  if (parsed.username || parsed.password) return 'deny'
  return 'ask-external'
}
