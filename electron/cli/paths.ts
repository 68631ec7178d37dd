import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'

/** The project root, found from this file rather than the cwd: `npx xinlian` runs anywhere. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))

export function appVersion(): string {
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
    version: string
  }
  return pkg.version
}
