import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import type { ApiResult, ErrorCode } from '../../shared/contract/result'
import {
  HTTP_API_PREFIX,
  HTTP_EVENTS_PATH,
  HTTP_SESSION_HEADER,
  HTTP_SESSION_PATH,
  HTTP_TOKEN_QUERY,
} from '../../shared/contract/transport'
import { webShell as text } from '../../shared/i18n/webShell'
import { IMPORT_MAX_BASE64 } from '../../shared/contract/imports'
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp'
import type { Core } from '../core/core'
import { PageSessions } from './pageSessions'
import { refuseRequest, type RequestRefusal } from './requestGuard'
import { resolveStatic } from './staticFiles'
import { newLaunchToken } from './token'

export interface WebShell {
  url: string
  /** The address to open once: the page trades its token for a credential it keeps. */
  launchUrl: string
  port: number
  token: string
  close(): Promise<void>
}

export interface WebShellOptions {
  core: Core
  rendererDir: string
  port?: number
  token?: string
  /** Largest request body accepted; by default the largest import with room for its JSON. */
  maxBodyBytes?: number
}

const LOOPBACK = '127.0.0.1'
const TEXT = 'text/plain; charset=utf-8'
const SETUP_PREFIX = 'setup.'
const refusalText: Record<RequestRefusal, string> = {
  origin: text.wrongOrigin,
  'content-type': text.jsonOnly,
}

/**
 * The local web shell: the renderer and the contract over HTTP on 127.0.0.1 only. Every page
 * has a session of its own, like a window, and signs in with a password; the per-launch token,
 * good once, marks the page the launch opened, the only one that may run the first-run setup.
 */
export async function startWebShell(opts: WebShellOptions): Promise<WebShell> {
  const token = opts.token ?? newLaunchToken()
  const root = resolve(opts.rendererDir)
  const pages = new PageSessions(token)
  const maxBody = opts.maxBodyBytes ?? IMPORT_MAX_BASE64 + 1024 * 1024
  let port = 0

  const server = createServer((req, res) => {
    handle(req, res).catch((e) => {
      opts.core.log.error('web shell request failed', e)
      if (!res.headersSent) send(res, 500, TEXT, text.serverError)
      else res.end()
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse) {
    // DNS rebinding: a page on another name that resolves here must not reach us.
    const host = req.headers.host ?? ''
    if (host !== `${LOOPBACK}:${port}` && host !== `localhost:${port}`) {
      return send(res, 403, TEXT, text.forbidden)
    }
    const url = new URL(req.url ?? '/', `http://${host}`)
    const post =
      url.pathname.startsWith(HTTP_API_PREFIX) ||
      url.pathname === HTTP_EVENTS_PATH ||
      url.pathname === HTTP_SESSION_PATH
    // The page itself holds no data: it is served to anyone on this machine, and only its
    // calls, which carry the page credential, reach the register.
    if (!post) return serveStatic(req, res, url)

    if (req.method !== 'POST') return send(res, 405, TEXT, text.postOnly)
    const refusal = refuseRequest(req.headers, host)
    if (refusal) {
      return json(res, refusal === 'origin' ? 403 : 415, failure('FORBIDDEN', refusalText[refusal]))
    }
    const body = await readBody(req, maxBody)
    if (body === null) return json(res, 413, failure('BAD_INPUT', text.tooLarge))
    let input: unknown
    try {
      input = body.length ? JSON.parse(body.toString('utf8')) : {}
    } catch {
      return json(res, 400, failure('BAD_INPUT', text.notJson))
    }

    if (url.pathname === HTTP_SESSION_PATH) {
      const launchToken = (input as { launchToken?: unknown } | null)?.launchToken
      const exchanged = typeof launchToken === 'string' ? pages.exchange(launchToken) : null
      return json(res, 200, { ok: true, value: { session: exchanged ?? pages.open() } })
    }

    const page = pages.find(headerValue(req.headers[HTTP_SESSION_HEADER]))
    if (!page) return json(res, 401, failure('NOT_SIGNED_IN', text.noPageSession))

    if (url.pathname === HTTP_EVENTS_PATH) return streamEvents(req, res)

    const method = url.pathname.slice(HTTP_API_PREFIX.length)
    if (method.startsWith(SETUP_PREFIX) && !page.launched) {
      return json(res, 200, failure('FORBIDDEN', text.setupNeedsLaunch))
    }
    return json(res, 200, await opts.core.dispatch(page.slot, method, input))
  }

  function streamEvents(req: IncomingMessage, res: ServerResponse) {
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    })
    res.write(': connected\n\n')
    const unsubscribe = opts.core.events.subscribe((event, payload) => {
      res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`)
    })
    req.on('close', unsubscribe)
  }

  async function serveStatic(req: IncomingMessage, res: ServerResponse, url: URL) {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, TEXT, text.notSupported)
    // Client-side routes (#/…) are fragments, so only real files and the index are served.
    const file = await resolveStatic(root, url.pathname)
    if (!file) return send(res, 404, TEXT, text.notFound)
    return send(res, 200, file.type, file.body)
  }

  await new Promise<void>((ok, fail) => {
    server.once('error', fail)
    server.listen(opts.port ?? 0, LOOPBACK, () => ok())
  })
  port = (server.address() as AddressInfo).port
  const url = `http://${LOOPBACK}:${port}/`
  return {
    url,
    launchUrl: `${url}?${HTTP_TOKEN_QUERY}=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections()
        server.close(() => ok())
      }),
  }
}

function securityHeaders(type: string): Record<string, string> {
  return {
    'content-type': type,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  }
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer) {
  res.writeHead(status, securityHeaders(type))
  res.end(body)
}

function json(res: ServerResponse, status: number, value: unknown) {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value))
}

function failure(code: ErrorCode, message: string): ApiResult<never> {
  return { ok: false, error: { code, message } }
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = []
    let size = 0
    let over = false
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size > limit) over = true
      else chunks.push(c)
    })
    req.on('end', () => ok(over ? null : Buffer.concat(chunks)))
    req.on('error', fail)
  })
}
