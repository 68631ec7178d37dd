import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { currentCliBundle } from '../../scripts/builtCli.mjs'
import { runCli } from './cli-run'

let root: string
afterEach(() => rmSync(root, { recursive: true, force: true }))

/** A project with sources and a bundle, every file dated `at` seconds. */
function project(at: number): string {
  root = mkdtempSync(join(tmpdir(), 'xinlian-cli-bundle-'))
  const files = [
    'electron/core/core.ts',
    'shared/i18n/cli.ts',
    'db/migrations/0001_init.ts',
    'package.json',
    'package-lock.json',
    'out/cli/main.js',
  ]
  for (const f of files) {
    mkdirSync(join(root, f, '..'), { recursive: true })
    writeFileSync(join(root, f), '')
  }
  // Folders too: adding or removing a file dates its folder.
  for (const f of files)
    for (let p = f; p !== '.'; p = dirname(p)) utimesSync(join(root, p), at, at)
  return root
}

describe('the bundled xinlian command', () => {
  it('runs while the bundle is at least as new as every source file', () => {
    const dir = project(1_000)
    expect(currentCliBundle(dir)).toBe(join(dir, 'out/cli/main.js'))
  })

  it('gives way to the sources when one of them changed after the build, or it is missing', () => {
    const dir = project(1_000)
    utimesSync(join(dir, 'db/migrations/0001_init.ts'), 2_000, 2_000)
    expect(currentCliBundle(dir)).toBeNull()
    utimesSync(join(dir, 'db/migrations/0001_init.ts'), 1_000, 1_000)
    expect(currentCliBundle(dir)).not.toBeNull()
    rmSync(join(dir, 'shared/i18n/cli.ts'))
    expect(currentCliBundle(dir)).toBeNull()
    rmSync(join(dir, 'out'), { recursive: true })
    expect(currentCliBundle(dir)).toBeNull()
  })

  it('still runs from the sources when told to', async () => {
    root = mkdtempSync(join(tmpdir(), 'xinlian-cli-bundle-'))
    const r = await runCli(['--help'], { XINLIAN_FROM_SOURCE: '1' })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('xinlian')
  })
})
