import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { HTTP_SESSION_HEADER } from '../../shared/contract/transport'
import { startWebShell, type WebShell } from '../../electron/web/server'
import type { Core } from '../../electron/core/core'

export interface RawAnswer {
  status: number
  headers: Record<string, unknown>
  body: string
}

export interface RawRequest {
  method?: string
  headers?: Record<string, string>
  body?: string
}

/** A web shell over a throwaway renderer folder, and a raw HTTP client to attack it. */
export async function startTestShell(core: Core, maxBodyBytes?: number) {
  const rendererDir = mkdtempSync(join(tmpdir(), 'xinlian-renderer-'))
  mkdirSync(join(rendererDir, 'assets'))
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>新联台账</title>')
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
  const shell = await startWebShell({ core, rendererDir, maxBodyBytes })
  return {
    shell,
    raw: (path: string, opts: RawRequest = {}) => rawRequest(shell, path, opts),
    /** What the page sends: its own origin, same-origin fetch metadata, JSON. */
    pageHeaders: (session?: string): Record<string, string> => ({
      origin: `http://127.0.0.1:${shell.port}`,
      'sec-fetch-site': 'same-origin',
      'content-type': 'application/json',
      ...(session ? { [HTTP_SESSION_HEADER]: session } : {}),
    }),
    close: async () => {
      await shell.close()
      rmSync(rendererDir, { recursive: true, force: true })
    },
  }
}

export type TestShell = Awaited<ReturnType<typeof startTestShell>>

/** The page's first call: trades a launch token (or nothing) for a page credential. */
export async function openPage(t: TestShell, launchToken?: string): Promise<string> {
  const r = await t.raw('/session', {
    method: 'POST',
    headers: t.pageHeaders(),
    body: JSON.stringify(launchToken === undefined ? {} : { launchToken }),
  })
  return (JSON.parse(r.body) as { value: { session: string } }).value.session
}

/** A contract call as the page makes it; answers the parsed JSON. */
export async function pageCall(
  t: TestShell,
  session: string,
  method: string,
  input: unknown = {},
): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }> {
  const r = await t.raw(`/api/${method}`, {
    method: 'POST',
    headers: t.pageHeaders(session),
    body: JSON.stringify(input),
  })
  return JSON.parse(r.body) as never
}

function rawRequest(shell: WebShell, path: string, opts: RawRequest): Promise<RawAnswer> {
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
