import { writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeTestCore, type TestCore } from '../helpers/testCore'
import { openPage, pageCall, startTestShell, type TestShell } from '../helpers/webShellClient'

let t: TestCore
let web: TestShell

beforeEach(async () => {
  t = await makeTestCore({ init: false })
  writeFileSync(join(t.dir, 'secret.txt'), 'not for the browser')
  web = await startTestShell(t.core, 1024)
})
afterEach(async () => {
  await web.close()
  t.cleanup()
})

describe('local web shell', () => {
  it('listens on loopback only, on a random port', () => {
    expect(web.shell.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
    expect(web.shell.port).toBeGreaterThan(0)
  })

  it('serves the page, which holds no data, with the strict CSP and no cookie', async () => {
    const page = await web.raw(`/?token=${web.shell.token}`)
    expect(page.status).toBe(200)
    expect(page.body).toContain('新联台账')
    expect(page.headers['set-cookie']).toBeUndefined()
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'")
  })

  it('refuses other host names (DNS rebinding)', async () => {
    const r = await web.raw('/', { headers: { host: `evil.example:${web.shell.port}` } })
    expect(r.status).toBe(403)
    const api = await web.raw('/api/system.status', {
      method: 'POST',
      headers: { ...web.pageHeaders(), host: `evil.example:${web.shell.port}` },
      body: '{}',
    })
    expect(api.status).toBe(403)
  })

  it('never serves files outside the renderer folder', async () => {
    expect((await web.raw('/assets/app.js')).status).toBe(200)
    for (const p of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/%00',
    ]) {
      const r = await web.raw(p)
      expect(r.status).toBe(404)
      expect(r.body).not.toContain('not for the browser')
    }
  })

  it('dispatches POST /api/<method> with validation, and refuses GET, bad JSON and big bodies', async () => {
    const session = await openPage(web, web.shell.token)
    expect(await pageCall(web, session, 'system.status')).toMatchObject({
      ok: true,
      value: { initialized: false },
    })
    const bad = await pageCall(web, session, 'users.list', { x: 1 })
    expect(bad.error?.code).toBe('BAD_INPUT')
    expect(
      (await web.raw('/api/system.status', { headers: web.pageHeaders(session) })).status,
    ).toBe(405)
    const headers = web.pageHeaders(session)
    const notJson = await web.raw('/api/system.status', { method: 'POST', headers, body: '{' })
    expect(JSON.parse(notJson.body).error.message).toContain('JSON')
    const big = await web.raw('/api/system.status', {
      method: 'POST',
      headers,
      body: 'x'.repeat(5000),
    })
    expect(big.status).toBe(413)
  })

  it('streams events to a page that shows its credential, and to no one else', async () => {
    const session = await openPage(web)
    const refused = await web.raw('/events', {
      method: 'POST',
      headers: web.pageHeaders(),
      body: '{}',
    })
    expect(refused.status).toBe(401)

    const events: string[] = []
    const done = new Promise<void>((resolve) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: web.shell.port,
          path: '/events',
          method: 'POST',
          headers: web.pageHeaders(session),
        },
        (res) => {
          res.setEncoding('utf8')
          res.on('data', (c: string) => {
            events.push(c)
            if (c.includes(': connected'))
              t.core.events.emit('session.changed', { reason: 'locked' })
            if (c.includes('session.changed')) {
              req.destroy()
              resolve()
            }
          })
        },
      )
      req.end('{}')
    })
    await done
    expect(events.join('')).toContain('event: session.changed\ndata: {"reason":"locked"}')
  })
})
