import type { Session, SessionSlot } from './session'

/**
 * Sessions against the database a restore replaced. Each restore starts a new generation; a
 * session signed in before it belongs to users the restore replaced, and ends at its next
 * call (the pushed database.replaced event has told its screen already).
 */
export class ReplacedSessions {
  private generation = 0
  private readonly seen = new WeakMap<Session, number>()

  /** A restore put another database in place. */
  replaced(): void {
    this.generation++
  }

  /** Called around every dispatch: signs the slot out if its session is of an older database. */
  endIfReplaced(slot: SessionSlot): void {
    const session = slot.get()
    if (!session) return
    const seen = this.seen.get(session)
    if (seen === undefined) this.seen.set(session, this.generation)
    else if (seen !== this.generation) slot.set(null)
  }
}
