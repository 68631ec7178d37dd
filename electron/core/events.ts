import type { EventName, Events } from '../../shared/contract'

export type Listener = <E extends EventName>(event: E, payload: Events[E]) => void

/** Fan-out of server events to whichever shells are listening (IPC, SSE). */
export class EventBus {
  private listeners = new Set<Listener>()

  subscribe(l: Listener): () => void {
    this.listeners.add(l)
    return () => this.listeners.delete(l)
  }

  emit<E extends EventName>(event: E, payload: Events[E]): void {
    for (const l of this.listeners) l(event, payload)
  }
}
