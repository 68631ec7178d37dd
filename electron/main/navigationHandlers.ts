import { externalLinkDecision, navigationDecision } from './linkPolicy'

/** What an Electron navigation event offers a listener: the way to stop it. */
export interface Preventable {
  preventDefault(): void
}

/**
 * The listeners navigationGuard attaches, without Electron: the page never navigates away
 * and never opens windows; an ordinary web link is handed to `askExternal` (which asks the
 * user before the system browser opens it), anything else is refused silently.
 */
export function navigationHandlers(rendererUrl: string, askExternal: (url: string) => void) {
  return {
    willNavigate(event: Preventable, url: string): void {
      const decision = navigationDecision(url, rendererUrl)
      if (decision === 'allow') return
      event.preventDefault()
      if (decision === 'ask-external') askExternal(url)
    },
    /** A redirect is never a link the user clicked: nothing to ask about. */
    willRedirect(event: Preventable, url: string): void {
      if (navigationDecision(url, rendererUrl) !== 'allow') event.preventDefault()
    },
    willAttachWebview(event: Preventable): void {
      event.preventDefault()
    },
    windowOpen({ url }: { url: string }): { action: 'deny' } {
      if (externalLinkDecision(url) === 'ask-external') askExternal(url)
      return { action: 'deny' }
    },
  }
}
