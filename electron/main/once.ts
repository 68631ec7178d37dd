/** Wraps an action so that however many quit paths fire, it runs exactly once. */
export function once(action: () => void): () => void {
  let done = false
  return () => {
    if (done) return
    done = true
    action()
  }
}
