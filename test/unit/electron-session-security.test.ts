import type { Session } from 'electron'
import { describe, expect, it } from 'vitest'
import { hardenSession } from '../../electron/main/sessionSecurity'
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp'

type HeadersListener = (
  details: { responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders: Record<string, string[]> }) => void,
) => void

/**
 * The handlers hardenSession installs, caught on a stand-in session: sessionSecurity imports
 * only Electron's types, so its decisions run in Node.
 */
function fakeSession() {
  const caught: {
    headers?: HeadersListener
    permissionRequest?: (c: unknown, p: string, cb: (granted: boolean) => void) => void
    permissionCheck?: (...a: unknown[]) => boolean
    device?: (...a: unknown[]) => boolean
  } = {}
  const session = {
    webRequest: { onHeadersReceived: (l: HeadersListener) => (caught.headers = l) },
    setPermissionRequestHandler: (h: typeof caught.permissionRequest) =>
      (caught.permissionRequest = h),
    setPermissionCheckHandler: (h: typeof caught.permissionCheck) => (caught.permissionCheck = h),
    setDevicePermissionHandler: (h: typeof caught.device) => (caught.device = h),
  }
  return { session: session as unknown as Session, caught }
}

function rewrite(listener: HeadersListener, headers: Record<string, string[]>) {
  let out: Record<string, string[]> | undefined
  listener({ responseHeaders: headers }, (r) => (out = r.responseHeaders))
  return out!
}

describe('session hardening', () => {
  it('puts our CSP on every response, replacing one the response brought in any case', () => {
    const { session, caught } = fakeSession()
    hardenSession(session, { csp: true })
    const headers = rewrite(caught.headers!, {
      'content-security-policy': ["default-src *; script-src 'unsafe-inline'"],
      'CONTENT-SECURITY-POLICY': ['script-src *'],
      'Content-Type': ['text/html'],
    })
    expect(headers).toEqual({
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      'Content-Type': ['text/html'],
    })
    expect(rewrite(caught.headers!, {})).toEqual({
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    })
  })

  it('leaves headers alone when the page carries its own CSP (the dev server)', () => {
    const { session, caught } = fakeSession()
    hardenSession(session, { csp: false })
    expect(caught.headers).toBeUndefined()
  })

  it('denies every permission request, check and device, whatever is asked', () => {
    const { session, caught } = fakeSession()
    hardenSession(session, { csp: true })
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'usb']) {
      let granted: boolean | undefined
      caught.permissionRequest!({}, permission, (g) => (granted = g))
      expect(granted, permission).toBe(false)
      expect(caught.permissionCheck!({}, permission, 'file://', {})).toBe(false)
    }
    expect(caught.device!({ deviceType: 'usb' })).toBe(false)
  })
})
