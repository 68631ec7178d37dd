import type { Session } from 'electron'
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp'

/**
 * Session-wide hardening: our CSP on every response (the meta tag covers file:// pages,
 * which have no headers), and every permission request denied — the app needs no camera,
 * microphone, location, notifications or USB device.
 */
export function hardenSession(session: Session, opts: { csp: boolean }): void {
  if (opts.csp) {
    session.webRequest.onHeadersReceived((details, callback) => {
      const headers = { ...details.responseHeaders }
      for (const name of Object.keys(headers)) {
        if (name.toLowerCase() === 'content-security-policy') delete headers[name]
      }
      headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY]
      callback({ responseHeaders: headers })
    })
  }
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
}
