import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startWebShell, type WebShell } from '../../electron/web/server'
import { makeTestCore, type TestCore } from '../helpers/testCore'

let t: TestCore
let shell: WebShell
let rendererDir: string

beforeEach(async () => {
  t = await makeTestCore({ init: false })
  rendererDir = mkdtempSync(join(tmpdir(), 'xinlian-renderer-'))
  mkdirSync(join(rendererDir, 'assets'))
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>新联台账</title>')
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(t.dir, 'secret.txt'), 'not for the browser')
  shell = await startWebShell({ core: t.core, rendererDir, maxBodyBytes: 1024 })
})
afterEach(async () => {
  await shell.close()
  t.cleanup()
  rmSync(rendererDir, { recursive: true, force: true })
})

function raw(
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: shell.port,
        path,
        method: opts.method ?? 'GET',
        headers: opts.headers,
      },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (c: string) => (body += c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      },
    )
    req.on('error', reject)
    req.end(opts.body)
  })
}

const auth = () => ({ authorization: `Bearer ${shell.token}` })

describe('local web shell', () => {
  it('listens on loopback only, on a random port', () => {
    expect(shell.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
    expect(shell.port).toBeGreaterThan(0)
  })

  it('answers 401 without the token, with a wrong one, and on the API', async () => {
    expect((await raw('/')).status).toBe(401)
    expect((await raw('/?token=wrong')).status).toBe(401)
    expect((await raw('/api/system.status', { method: 'POST', body: '{}' })).status).toBe(401)
    const r = await raw('/', { headers: { authorization: 'Bearer nope' } })
    expect(r.status).toBe(401)
    expect(r.body).toContain('访问令牌')
  })

  it('trades the launch token for a same-site HttpOnly cookie', async () => {
    const r = await raw(`/?token=${shell.token}`)
    expect(r.status).toBe(302)
    const cookie = String(r.headers['set-cookie'])
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Strict/)
    const page = await raw('/', { headers: { cookie: cookie.split(';')[0]! } })
    expect(page.status).toBe(200)
    expect(page.body).toContain('新联台账')
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'")
  })

  it('refuses other host names (DNS rebinding)', async () => {
    const r = await raw('/', { headers: { ...auth(), host: `evil.example:${shell.port}` } })
    expect(r.status).toBe(403)
  })

  it('never serves files outside the renderer folder', async () => {
    expect((await raw('/assets/app.js', { headers: auth() })).status).toBe(200)
    for (const p of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/%00',
    ]) {
      const r = await raw(p, { headers: auth() })
      expect(r.status).toBe(404)
      expect(r.body).not.toContain('not for the browser')
    }
  })

  it('dispatches POST /api/<method> with validation, and refuses GET, bad JSON and big bodies', async () => {
    const ok = await raw('/api/system.status', { method: 'POST', headers: auth(), body: '{}' })
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { initialized: false } })
    const bad = await raw('/api/users.list', { method: 'POST', headers: auth(), body: '{"x":1}' })
    expect(JSON.parse(bad.body).error.code).toBe('BAD_INPUT')
    expect((await raw('/api/system.status', { headers: auth() })).status).toBe(405)
    const notJson = await raw('/api/system.status', { method: 'POST', headers: auth(), body: '{' })
    expect(JSON.parse(notJson.body).error.message).toContain('JSON')
    const big = await raw('/api/system.status', {
      method: 'POST',
      headers: auth(),
      body: 'x'.repeat(5000),
    })
    expect(big.status).toBe(413)
  })

  it('streams events to the renderer', async () => {
    const events: string[] = []
    const done = new Promise<void>((resolve) => {
      const req = request(
        { host: '127.0.0.1', port: shell.port, path: '/events', headers: auth() },
        (res) => {
          res.setEncoding('utf8')
          res.on('data', (c: string) => {
            events.push(c)
            if (c.includes('session.changed')) {
              req.destroy()
              resolve()
            }
          })
        },
      )
      req.end()
    })
    await new Promise((r) => setTimeout(r, 50))
    t.core.events.emit('session.changed', { reason: 'locked' })
    await done
    expect(events.join('')).toContain('event: session.changed\ndata: {"reason":"locked"}')
  })
})
