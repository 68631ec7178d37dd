import { createHash } from 'node:crypto'
import { copyFileSync, cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { localToday } from '../../shared/dates/calendar'
import { migrations } from '../../db/migrations'
import { BENCH_SEED, previousMigrations } from './register'
import type { BenchScale } from './scales'

/** Where `--reuse-register` keeps built registers (artifacts/ is never committed). */
export const REGISTER_CACHE_DIR = 'artifacts/bench/registers'

/**
 * Raise when the bench's own seeding changes what a register holds (2: HLC activity stamps;
 * 3: the register is encrypted, its key file kept beside it; 4: the demo load leaves each
 * search table in one segment, as an import into an empty register now does).
 */
const GENERATION = 4

/**
 * The name of a built register: everything that decides its contents (scale, seed, the
 * year the activities fall in, the schema it was left at, GENERATION). A new migration or
 * another year misses the cache and builds afresh; a change to the demo generator of the app
 * does not show in the key, so delete the directory after changing it.
 */
export function registerCacheKey(scale: BenchScale): string {
  const schema = schemaKey(previousMigrations())
  const year = localToday().slice(0, 4)
  return `g${GENERATION}-${scale.name}-${scale.persons}p-${scale.activities}a-${BENCH_SEED}-${year}-${schema}`
}

function schemaKey(set: Record<string, unknown>): string {
  return createHash('sha256').update(Object.keys(set).join('\n')).digest('hex').slice(0, 12)
}

/**
 * Builds the register into `dir` through `build`, or copies a copy kept by an earlier run:
 * at province scale the build takes minutes, the copy seconds. Answers whether it was reused.
 */
export async function reusedOrBuilt(
  dir: string,
  scale: BenchScale,
  build: () => Promise<void>,
): Promise<boolean> {
  const kept = resolve(REGISTER_CACHE_DIR, registerCacheKey(scale))
  if (existsSync(kept)) {
    cpSync(kept, dir, { recursive: true })
    return true
  }
  await build()
  mkdirSync(REGISTER_CACHE_DIR, { recursive: true })
  // Copied under a temporary name first: a run stopped mid-copy leaves no half register.
  const partial = `${kept}.partial-${process.pid}`
  cpSync(dir, partial, { recursive: true })
  renameSync(partial, kept)
  rmSync(partial, { recursive: true, force: true })
  return false
}

/**
 * A decrypted copy of the register's database at `to`: copied from the one kept beside the
 * register by an earlier run, or made by `decrypt` and then kept (a rekey of a province's
 * gigabyte takes ~40 s; the copy, one). The rows are the register's; what the bench's own
 * open wrote since (its audit rows) is not in it.
 */
export function keptPlainCopy(scale: BenchScale, to: string, decrypt: (to: string) => void): void {
  // Made after the bench's open migrated the register: the current schema is in its name too.
  const kept = resolve(
    REGISTER_CACHE_DIR,
    `${registerCacheKey(scale)}-${schemaKey(migrations)}.plain.db`,
  )
  if (existsSync(kept)) {
    copyFileSync(kept, to)
    return
  }
  decrypt(to)
  mkdirSync(REGISTER_CACHE_DIR, { recursive: true })
  const partial = `${kept}.partial-${process.pid}`
  copyFileSync(to, partial)
  renameSync(partial, kept)
}
