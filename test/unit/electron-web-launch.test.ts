import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { launchWebShell, type LaunchedWebShell } from '../../electron/web/launch'
import { portFromArgs } from '../../electron/web/launchCli'
import { browserCommand } from '../../electron/web/openBrowser'

let launched: LaunchedWebShell | null = null
let dir = ''
afterEach(async () => {
  await launched?.stop()
  launched = null
  if (dir) rmSync(dir, { recursive: true, force: true })
})

function get(url: string): Promise<{ status: number; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    request(url, (res) => {
      res.resume()
      resolve({ status: res.statusCode ?? 0, headers: res.headers })
    })
      .on('error', reject)
      .end()
  })
}

describe('launchWebShell', () => {
  it('serves the data directory to a page credential and closes cleanly', async () => {
    dir = mkdtempSync(join(tmpdir(), 'xinlian-launch-'))
    launched = await launchWebShell({ dataDir: dir, openBrowser: false })
    const { shell } = launched

    const entry = await get(shell.launchUrl)
    expect(entry.status).toBe(200)
    expect(entry.headers['set-cookie']).toBeUndefined()

    const page = {
      origin: shell.url.replace(/\/$/, ''),
      'content-type': 'application/json',
    }
    const opened = await fetch(`${shell.url}session`, {
      method: 'POST',
      headers: page,
      body: JSON.stringify({ launchToken: shell.token }),
    })
    const { value } = (await opened.json()) as { value: { session: string } }
    const res = await fetch(`${shell.url}api/system.status`, {
      method: 'POST',
      headers: { ...page, 'x-xinlian-session': value.session },
      body: '{}',
    })
    expect(await res.json()).toMatchObject({
      ok: true,
      value: { shell: 'web', initialized: false },
    })
    expect(existsSync(join(dir, 'xinlian.db'))).toBe(true)

    await launched.stop()
    await launched.stop()
    // Closing folds the WAL back into the database file.
    expect(existsSync(join(dir, 'xinlian.db-wal'))).toBe(false)
    await expect(get(shell.url)).rejects.toThrow()
    launched = null
  })
})

describe('launch arguments', () => {
  it('reads --port in both spellings and rejects what is not a port', () => {
    expect(portFromArgs([])).toEqual({})
    expect(portFromArgs(['--port', '8123'])).toEqual({ port: 8123 })
    expect(portFromArgs(['--port=8123'])).toEqual({ port: 8123 })
    expect(portFromArgs(['--port', '0'])).toEqual({ invalid: '0' })
    expect(portFromArgs(['--port', '70000'])).toEqual({ invalid: '70000' })
    expect(portFromArgs(['--port'])).toEqual({ invalid: '' })
  })

  it('opens the browser with an argument list, never a shell line', () => {
    const url = 'http://127.0.0.1:1234/?token=a-b_c'
    expect(browserCommand(url, 'linux')).toEqual(['xdg-open', [url]])
    expect(browserCommand(url, 'darwin')).toEqual(['open', [url]])
    expect(browserCommand(url, 'win32')).toEqual([
      'rundll32.exe',
      ['url.dll,FileProtocolHandler', url],
    ])
  })
})
