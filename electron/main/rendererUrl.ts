import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

export type RendererEntry =
  { kind: 'file'; path: string; url: string } | { kind: 'dev'; url: string }

/**
 * What the window loads: the built page next to the main bundle, or the dev server during
 * `electron-vite dev`. An installed app never follows an address from the environment.
 */
export function rendererEntry(opts: {
  mainDir: string
  env: Record<string, string | undefined>
  isPackaged: boolean
}): RendererEntry {
  const dev = opts.env.ELECTRON_RENDERER_URL
  if (dev && !opts.isPackaged && /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(dev)) {
    return { kind: 'dev', url: dev }
  }
  const path = join(opts.mainDir, '..', 'renderer', 'index.html')
  return { kind: 'file', path, url: pathToFileURL(path).href }
}

/**
 * True when `url` is our page: the same file (any query or #route), or the dev server's
 * origin. Everything else is foreign, however similar it looks.
 */
export function isRendererUrl(url: string, rendererUrl: string): boolean {
  let a: URL
  let b: URL
  try {
    a = new URL(url)
    b = new URL(rendererUrl)
  } catch {
    return false
  }
  if (a.protocol !== b.protocol) return false
  if (b.protocol === 'file:') return a.host === b.host && a.pathname === b.pathname
  if (b.protocol === 'http:' || b.protocol === 'https:') return a.origin === b.origin
  return false
}
