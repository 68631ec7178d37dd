import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ADMIN, makeTestCore, UNIT, type TestCore } from '../helpers/testCore'
import { startTestShell, type TestShell } from '../helpers/webShellClient'

let t: TestCore
let web: TestShell
const realFetch = globalThis.fetch

beforeEach(async () => {
  t = await makeTestCore({ init: false })
  web = await startTestShell(t.core)
  const origin = web.shell.url.replace(/\/$/, '')
  // What the browser adds by itself to every fetch from the page.
  vi.stubGlobal('fetch', (url: string, init: RequestInit = {}) =>
    realFetch(url, { ...init, headers: { ...(init.headers as object), origin } }),
  )
  vi.resetModules()
})
afterEach(async () => {
  vi.unstubAllGlobals()
  await web.close()
  t.cleanup()
})

/** The renderer's own transport, fresh (its credential is cached per page load). */
async function pageTransport() {
  const { httpTransport } = await import('../../renderer/src/api/transport')
  return httpTransport(web.shell.url.replace(/\/$/, ''))
}

describe('the renderer transport over the web shell', () => {
  it('trades the launch token from the address bar once, and removes it from the address', async () => {
    const replaced: string[] = []
    vi.stubGlobal('location', { href: `${web.shell.launchUrl}#/persons` })
    vi.stubGlobal('history', {
      state: null,
      replaceState: (_s: unknown, _t: string, url: string) => replaced.push(url),
    })
    const api = await pageTransport()
    const setup = await api.invoke('setup.init', { unit: UNIT, admin: ADMIN })
    expect(setup.ok).toBe(true)
    expect(replaced).toEqual(['/#/persons'])

    // Another page load with the same address: a fresh, signed-out session; no setup rights.
    vi.resetModules()
    const again = await pageTransport()
    const status = await again.invoke('system.status', {})
    expect(status).toMatchObject({ ok: true, value: { initialized: true, session: null } })
  })

  it('receives events through the credential-carrying stream', async () => {
    const api = await pageTransport()
    const got = new Promise<unknown>((resolve) => {
      const stop = api.on('session.changed', (payload) => {
        stop()
        resolve(payload)
      })
    })
    // Keep emitting until the stream is connected and the listener has seen one.
    let seen = false
    void got.then(() => (seen = true))
    while (!seen) {
      t.core.events.emit('session.changed', { reason: 'locked' })
      await new Promise((r) => setTimeout(r, 50))
    }
    expect(await got).toEqual({ reason: 'locked' })
  })

  it('after the server forgets the page, asks for a fresh credential instead of failing forever', async () => {
    const api = await pageTransport()
    expect((await api.invoke('system.status', {})).ok).toBe(true)
    // A restarted shell knows no old credentials.
    await web.close()
    web = await startTestShell(t.core)
    const origin = web.shell.url.replace(/\/$/, '')
    vi.stubGlobal('fetch', (url: string, init: RequestInit = {}) =>
      realFetch(url.replace(/:\d+\//, `:${web.shell.port}/`), {
        ...init,
        headers: { ...(init.headers as object), origin },
      }),
    )
    const lost = await api.invoke('system.status', {})
    expect(lost).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } })
    expect((await api.invoke('system.status', {})).ok).toBe(true)
  })
})
