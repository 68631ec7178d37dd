import { afterEach, vi } from 'vitest'
import { cleanup } from '@testing-library/react'
import { setTransport } from '../../renderer/src/api/client'
import { useSession } from '../../renderer/src/session/sessionStore'

// antd asks for media queries (responsive grid) and element sizes (tabs, tables); jsdom has neither.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
})

class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= NoResizeObserver as unknown as typeof ResizeObserver

// jsdom does not compute pseudo-element styles and says so loudly; antd only measures scrollbars.
const computed = window.getComputedStyle.bind(window)
window.getComputedStyle = (el: Element) => computed(el)

window.scrollTo = () => undefined
HTMLElement.prototype.scrollIntoView ??= function scrollIntoView() {}

afterEach(() => {
  cleanup()
  setTransport(null)
  useSession.setState({ status: null, loadError: null })
  window.location.hash = ''
  vi.useRealTimers()
})
