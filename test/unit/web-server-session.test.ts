import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ADMIN, makeTestCore, type TestCore } from '../helpers/testCore'
import { openPage, pageCall, startTestShell, type TestShell } from '../helpers/webShellClient'

let t: TestCore
let web: TestShell

afterEach(async () => {
  await web.close()
  t.cleanup()
})

const signIn = (session: string) =>
  pageCall(web, session, 'auth.login', { username: ADMIN.username, password: ADMIN.password })
const whoIsIn = async (session: string) =>
  ((await pageCall(web, session, 'system.status')).value as { session: unknown }).session

describe('web shell page credentials (issue 15 §5)', () => {
  beforeEach(async () => {
    t = await makeTestCore()
    web = await startTestShell(t.core)
  })

  it('a call without a page credential, or with a made-up one, reaches nothing', async () => {
    const noCredential = await web.raw('/api/system.status', {
      method: 'POST',
      headers: web.pageHeaders(),
      body: '{}',
    })
    expect(noCredential.status).toBe(401)
    expect(await pageCall(web, 'made-up', 'system.status')).toMatchObject({
      ok: false,
      error: { code: 'NOT_SIGNED_IN' },
    })
    // The launch token itself is not a credential.
    expect((await pageCall(web, web.shell.token, 'system.status')).error?.code).toBe(
      'NOT_SIGNED_IN',
    )
  })

  it('a second browser opening the same launch URL is not signed in as the first', async () => {
    const first = await openPage(web, web.shell.token)
    expect((await signIn(first)).ok).toBe(true)
    expect(await whoIsIn(first)).toMatchObject({ username: ADMIN.username })

    const second = await openPage(web, web.shell.token)
    expect(second).not.toBe(first)
    expect(await whoIsIn(second)).toBeNull()
    expect(await pageCall(web, second, 'users.list')).toMatchObject({
      ok: false,
      error: { code: 'NOT_SIGNED_IN' },
    })
    // It signs in for itself; signing it out leaves the first page signed in.
    expect((await signIn(second)).ok).toBe(true)
    await pageCall(web, second, 'auth.logout')
    expect(await whoIsIn(first)).toMatchObject({ username: ADMIN.username })
  })

  it('refuses calls from another origin, another port, or cross-site fetch metadata', async () => {
    const session = await openPage(web, web.shell.token)
    await signIn(session)
    const own = web.pageHeaders(session)
    const attempts: Record<string, string>[] = [
      { ...own, origin: `http://127.0.0.1:${web.shell.port + 1}` },
      { ...own, origin: `http://localhost:${web.shell.port + 1}` },
      { ...own, origin: 'null' },
      { ...own, 'sec-fetch-site': 'same-site' },
      { ...own, 'sec-fetch-site': 'cross-site' },
    ]
    const { origin: _dropped, ...noOrigin } = own
    attempts.push(noOrigin)
    for (const headers of attempts) {
      const r = await web.raw('/api/users.list', { method: 'POST', headers, body: '{}' })
      expect(r.status, JSON.stringify(headers)).toBe(403)
      expect(r.body).not.toContain(ADMIN.username)
    }
    // Nor may another origin open a page session of its own.
    const foreign = await web.raw('/session', {
      method: 'POST',
      headers: { ...web.pageHeaders(), origin: `http://127.0.0.1:${web.shell.port + 1}` },
      body: '{}',
    })
    expect(foreign.status).toBe(403)
  })

  it('accepts only application/json: a text/plain POST is refused, not parsed', async () => {
    const session = await openPage(web, web.shell.token)
    await signIn(session)
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) {
      const r = await web.raw('/api/auth.logout', {
        method: 'POST',
        headers: { ...web.pageHeaders(session), 'content-type': type },
        body: '{}',
      })
      expect(r.status, type).toBe(415)
    }
    const plainSession = await web.raw('/session', {
      method: 'POST',
      headers: { ...web.pageHeaders(), 'content-type': 'text/plain' },
      body: '{}',
    })
    expect(plainSession.status).toBe(415)
    // None of the refused logouts ran.
    expect(await whoIsIn(session)).toMatchObject({ username: ADMIN.username })
    const withCharset = await web.raw('/api/system.status', {
      method: 'POST',
      headers: { ...web.pageHeaders(session), 'content-type': 'application/json; charset=utf-8' },
      body: '{}',
    })
    expect(withCharset.status).toBe(200)
  })

  it('opening many tabs cannot push out a signed-in page', async () => {
    const working = await openPage(web, web.shell.token)
    await signIn(working)
    for (let i = 0; i < 80; i++) await openPage(web)
    expect(await whoIsIn(working)).toMatchObject({ username: ADMIN.username })
  })
})

describe('first-run setup over the web shell', () => {
  beforeEach(async () => {
    t = await makeTestCore({ init: false })
    web = await startTestShell(t.core)
  })

  it('only the page opened with the launch token may run it', async () => {
    const setup = {
      unit: { code: '330621', name: '示例县委统战部' },
      admin: { ...ADMIN },
    }
    const stranger = await openPage(web)
    const refused = await pageCall(web, stranger, 'setup.init', setup)
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(refused.error?.message).toContain('启动时显示的地址')

    const launched = await openPage(web, web.shell.token)
    expect((await pageCall(web, launched, 'setup.init', setup)).ok).toBe(true)
  })
})
