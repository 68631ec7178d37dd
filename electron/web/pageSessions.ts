import { SessionSlot } from '../core/session'
import { newLaunchToken, tokensEqual } from './token'

export interface PageSession {
  slot: SessionSlot
  /** Opened with the launch token: only such a page may run the first-run setup. */
  launched: boolean
}

/** Enough for every tab one person keeps open. */
const MAX_PAGES = 32

/**
 * The page credentials of one web shell. The launch token is traded once for a secret the
 * page keeps out of cookies, so no other local server or port can ride it; every other tab
 * or browser gets a session of its own that starts signed out.
 */
export class PageSessions {
  private launchToken: string | null
  private readonly pages = new Map<string, PageSession>()

  constructor(launchToken: string) {
    this.launchToken = launchToken
  }

  /** The launch token, once: a second use (another browser, a replayed URL) gets null. */
  exchange(given: string | undefined): string | null {
    if (this.launchToken === null || !tokensEqual(given, this.launchToken)) return null
    this.launchToken = null
    return this.open(true)
  }

  open(launched = false): string {
    const secret = newLaunchToken()
    if (this.pages.size >= MAX_PAGES) this.evictOne()
    this.pages.set(secret, { slot: new SessionSlot(), launched })
    return secret
  }

  /** Pages nobody signed in on go first, so opening tabs cannot push out a working one. */
  private evictOne(): void {
    let victim: string | undefined
    for (const [secret, page] of this.pages) {
      if (!page.slot.get()) {
        victim = secret
        break
      }
      victim ??= secret
    }
    if (victim !== undefined) this.pages.delete(victim)
  }

  find(secret: string | undefined): PageSession | null {
    if (!secret) return null
    for (const [known, page] of this.pages) {
      if (!tokensEqual(secret, known)) continue
      // Re-inserting keeps the map in least-recently-used order.
      this.pages.delete(known)
      this.pages.set(known, page)
      return page
    }
    return null
  }
}
