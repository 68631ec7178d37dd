import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { RENDERER_DIR } from '../../electron/web/launch'
import { startCli, tempDir, removeTempDirs } from './cli-run'

afterAll(removeTempDirs)

const built = existsSync(join(RENDERER_DIR, 'index.html'))

function firstLine(stream: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffer = ''
    stream.setEncoding('utf8')
    stream.on('data', (d: string) => {
      buffer += d
      const end = buffer.indexOf('\n')
      if (end >= 0) resolve(buffer.slice(0, end))
    })
    stream.on('end', () => reject(new Error(`stdout ended without a line: ${buffer}`)))
  })
}

describe('xinlian serve', () => {
  // `npm test` builds first; run `npm run build` when running this file alone.
  it.skipIf(!built)(
    'prints the launch address with its token and stops cleanly on SIGINT',
    async () => {
      const dir = join(tempDir(), 'data')
      const child = startCli(['serve', '--data-dir', dir, '--json'])
      let stderr = ''
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
      const exited = new Promise<number | null>((resolve) => child.on('close', resolve))
      try {
        const doc = JSON.parse(await firstLine(child.stdout)) as {
          ok: boolean
          url: string
          token: string
          port: number
        }
        expect(doc.ok).toBe(true)
        const url = new URL(doc.url)
        expect(url.hostname).toBe('127.0.0.1')
        expect(Number(url.port)).toBe(doc.port)
        expect(url.searchParams.get('token')).toBe(doc.token)

        // The page is served to anyone; the token is good for one exchange, never a cookie.
        const page = await fetch(doc.url, { redirect: 'manual' })
        expect(page.status).toBe(200)
        expect(page.headers.get('set-cookie')).toBeNull()
        const exchange = () =>
          fetch(`${url.origin}/session`, {
            method: 'POST',
            headers: { origin: url.origin, 'content-type': 'application/json' },
            body: JSON.stringify({ launchToken: doc.token }),
          })
        expect((await exchange()).status).toBe(200)
      } finally {
        child.kill('SIGINT')
      }
      expect(await exited).toBe(0)
      expect(stderr).toContain('已停止')
      // The database was closed properly: the WAL is folded back into the main file.
      expect(existsSync(join(dir, 'xinlian.db'))).toBe(true)
      expect(existsSync(join(dir, 'xinlian.db-wal'))).toBe(false)
    },
  )
})
