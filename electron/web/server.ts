import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import {
  HTTP_API_PREFIX,
  HTTP_EVENTS_PATH,
  HTTP_TOKEN_COOKIE,
  HTTP_TOKEN_QUERY,
} from '../../shared/contract/transport'
import { IMPORT_MAX_BASE64 } from '../../shared/contract/imports'
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp'
import type { Core } from '../core/core'
import { SessionSlot } from '../core/session'
import { resolveStatic } from './staticFiles'
import { cookieValue, newLaunchToken, tokensEqual } from './token'

export interface WebShell {
  url: string
  /** The address to open once: it carries the token and sets the cookie. */
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

/**
 * The local web shell: the renderer and the contract over HTTP on 127.0.0.1 only, every
 * request gated by a random per-launch token. One launch is one session, like one window.
 */
export async function startWebShell(opts: WebShellOptions): Promise<WebShell> {
  const token = opts.token ?? newLaunchToken()
  const root = resolve(opts.rendererDir)
  const slot = new SessionSlot()
  const maxBody = opts.maxBodyBytes ?? IMPORT_MAX_BASE64 + 1024 * 1024
  let port = 0

  const server = createServer((req, res) => {
    handle(req, res).catch((e) => {
      opts.core.log.error('web shell request failed', e)
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', '服务器内部错误')
      else res.end()
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse) {
    // DNS rebinding: a page on another name that resolves here must not reach us.
    const host = req.headers.host ?? ''
    if (host !== `${LOOPBACK}:${port}` && host !== `localhost:${port}`) {
      return send(res, 403, 'text/plain; charset=utf-8', '拒绝访问')
    }
    const url = new URL(req.url ?? '/', `http://${host}`)
    const given = url.searchParams.get(HTTP_TOKEN_QUERY)
    if (given !== null && req.method === 'GET') {
      if (!tokensEqual(given, token)) return unauthorized(res)
      url.searchParams.delete(HTTP_TOKEN_QUERY)
      res.writeHead(302, {
        'set-cookie': `${HTTP_TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        location: url.pathname + url.search + url.hash,
        'cache-control': 'no-store',
      })
      return res.end()
    }
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1]
    if (
      !tokensEqual(cookieValue(req.headers.cookie, HTTP_TOKEN_COOKIE), token) &&
      !tokensEqual(bearer, token)
    ) {
      return unauthorized(res)
    }

    if (url.pathname.startsWith(HTTP_API_PREFIX)) {
      if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', '请使用 POST')
      const method = url.pathname.slice(HTTP_API_PREFIX.length)
      const body = await readBody(req, maxBody)
      if (body === null) {
        return json(res, 413, {
          ok: false,
          error: { code: 'BAD_INPUT', message: '提交的内容过大' },
        })
      }
      let input: unknown
      try {
        input = body.length ? JSON.parse(body.toString('utf8')) : {}
      } catch {
        return json(res, 400, {
          ok: false,
          error: { code: 'BAD_INPUT', message: '提交的内容不是有效的 JSON' },
        })
      }
      return json(res, 200, await opts.core.dispatch(slot, method, input))
    }

    if (url.pathname === HTTP_EVENTS_PATH) {
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
      return
    }

    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'text/plain; charset=utf-8', '不支持的请求')
    // Client-side routes (#/…) are fragments, so only real files and the index are served.
    const file = await resolveStatic(root, url.pathname)
    if (!file) return send(res, 404, 'text/plain; charset=utf-8', '未找到')
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

function unauthorized(res: ServerResponse) {
  send(
    res,
    401,
    'text/plain; charset=utf-8',
    '未授权：请使用启动新联台账时显示的完整地址（含访问令牌）打开。',
  )
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
