import { useEffect } from 'react'

/**
 * Tells whoever prints this page (the desktop print window, Playwright) when the sheets are
 * laid out: `<html data-print-state="loading|ready|error">`. Ready waits for the fonts, or
 * Chromium would print in the fallback face.
 */
export function usePrintState(state: 'loading' | 'ready' | 'error'): void {
  useEffect(() => {
    const root = document.documentElement
    let live = true
    if (state === 'ready') {
      root.dataset.printState = 'loading'
      // jsdom has no font loading; every browser does.
      const fonts: Promise<unknown> = document.fonts?.ready ?? Promise.resolve()
      void fonts.then(() =>
        requestAnimationFrame(() => {
          if (live) root.dataset.printState = 'ready'
        }),
      )
    } else {
      root.dataset.printState = state
    }
    return () => {
      live = false
      delete root.dataset.printState
    }
  }, [state])
}
