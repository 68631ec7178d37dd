/** ES2024's ArrayBuffer.prototype.transfer (Node 22, Electron's V8), not in the ES2023 lib. */
interface Transferable {
  readonly detached?: boolean
  transfer?(newLength: number): ArrayBuffer
}

/**
 * Gives a large buffer's memory back now. A buffer the code lets go is freed only when the
 * garbage collector finds it, and one that has lived a while waits for a mark-compact — rare
 * when little JavaScript garbage is made, as in a package's apply — so a province's package
 * (~140 MB, sealed and opened) stayed counted through the next steps. Detaching the memory
 * frees it at once (ArrayBuffer#transfer(0)).
 *
 * Only for bytes whose every view the caller owns: each view of the same memory reads as empty
 * afterwards. Node's pool, which small buffers share, is never let go; nor is memory that
 * cannot be detached (it is then left to the collector, as before).
 */
export function releaseBytes(bytes: Uint8Array): void {
  const memory = bytes.buffer as ArrayBufferLike & Transferable
  if (!(memory instanceof ArrayBuffer) || memory.byteLength <= Buffer.poolSize) return
  if (memory.detached || typeof memory.transfer !== 'function') return
  try {
    memory.transfer(0)
  } catch {
    // Not detachable (memory another part of the process keeps): the collector's, as before.
  }
}
