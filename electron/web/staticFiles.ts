import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
}

/** A file under `root` for a URL path, or null; never escapes `root`. */
export async function resolveStatic(
  root: string,
  urlPath: string,
): Promise<{ body: Buffer; type: string } | null> {
  let rel: string
  try {
    rel = decodeURIComponent(urlPath.split('?')[0]!)
  } catch {
    return null
  }
  if (rel.includes('\0')) return null
  const path = normalize(join(root, rel === '/' ? 'index.html' : rel))
  if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) return null
  try {
    if (!(await stat(path)).isFile()) return null
    return { body: await readFile(path), type: TYPES[extname(path)] ?? 'application/octet-stream' }
  } catch {
    return null
  }
}
