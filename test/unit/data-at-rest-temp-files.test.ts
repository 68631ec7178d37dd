import { mkdtempSync, readdirSync, readlinkSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openSqlite } from '../../db/atRest/cipher'
import { TEST_DATABASE_KEY } from '../helpers/testCore'

let dir: string
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** SQLite names its temporary files etilqs_… (os_unix.c); Linux shows open ones here. */
function openTempFiles(): string[] {
  const found: string[] = []
  for (const fd of readdirSync('/proc/self/fd')) {
    try {
      const target = readlinkSync(join('/proc/self/fd', fd))
      if (target.includes('etilqs_')) found.push(target)
    } catch {
      // An fd closed while listing.
    }
  }
  return found
}

/**
 * An index build larger than the page cache, watched from inside: the indexed expression
 * calls back into JavaScript for every row while SQLite's sorter takes them in, and looks
 * at the process's open files. A sorter allowed to spill opens a temporary file after its
 * first megabyte.
 */
function tempFilesDuringIndexBuild(plainTempStore: boolean): string[] {
  dir = mkdtempSync(join(tmpdir(), 'xinlian-temp-files-'))
  const sqlite = openSqlite(join(dir, 'xinlian.db'), TEST_DATABASE_KEY)
  if (plainTempStore) sqlite.pragma('temp_store = DEFAULT')
  sqlite.pragma('cache_size = -256')
  sqlite.exec('CREATE TABLE t (x TEXT NOT NULL)')
  const insert = sqlite.prepare('INSERT INTO t VALUES (?)')
  sqlite.transaction(() => {
    for (let i = 0; i < 60_000; i++) insert.run(`张三${i}-${Math.random().toString(36).repeat(3)}`)
  })()
  const seen = new Set<string>()
  let rows = 0
  sqlite.function('watched', { deterministic: true }, (x: unknown) => {
    if (++rows % 2_000 === 0) for (const f of openTempFiles()) seen.add(f)
    return x
  })
  sqlite.exec('CREATE INDEX t_x ON t (watched(x))')
  sqlite.close()
  return [...seen]
}

describe('temporary files of an encrypted database', () => {
  it.skipIf(process.platform !== 'linux')(
    'are never written: sorts stay in memory, since SQLite3MultipleCiphers would not encrypt them (Linux only: reads /proc/self/fd)',
    () => {
      // The watch itself works: with the build's default temp store, the sort spills.
      expect(tempFilesDuringIndexBuild(true).length).toBeGreaterThan(0)
      rmSync(dir, { recursive: true, force: true })
      expect(tempFilesDuringIndexBuild(false)).toEqual([])
    },
  )
})
