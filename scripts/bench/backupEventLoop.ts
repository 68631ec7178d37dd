/**
 * How long a backup holds the main thread's event loop: the same backup of the same
 * database, its file work on the main thread (as before the worker) and in the worker.
 * `npx tsx scripts/bench/backupEventLoop.ts [MiB]` — prints the longest stall and the time.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { openSqlite } from '../../db/atRest/cipher'
import { backupDatabase } from '../../electron/services/backup/backup'
import { makeTestCore } from '../../test/helpers/testCore'

const mib = Number(process.argv[2] ?? 100)
const t = await makeTestCore()
const db = t.core.database.sqlite
db.exec('CREATE TABLE bench_filler (chunk BLOB NOT NULL)')
const add = db.prepare('INSERT INTO bench_filler (chunk) VALUES (randomblob(65536))')
db.transaction(() => {
  for (let i = 0; i < mib * 16; i++) add.run()
})()
const key = t.core.keys!.key
const out = mkdtempSync(join(tmpdir(), 'xinlian-bench-backup-'))

async function measure(label: string, onMainThread: boolean): Promise<void> {
  // The longest gap between ticks of a 10 ms timer: how long nothing else could run.
  let last = performance.now()
  let longest = 0
  const tick = setInterval(() => {
    const now = performance.now()
    longest = Math.max(longest, now - last)
    last = now
  }, 10)
  const started = performance.now()
  await backupDatabase(db, key, join(out, `${label}.xlbak`), {
    kind: 'manual',
    appVersion: 'bench',
    nowMs: Date.now(),
    // The snapshot taken as before: VACUUM INTO on a connection of its own, on this thread.
    ...(onMainThread
      ? {
          takeSnapshot: (to: string) => {
            const source = openSqlite(db.name, key, { fileMustExist: true })
            try {
              source.prepare('VACUUM INTO ?').run(to)
            } finally {
              source.close()
            }
          },
        }
      : {}),
  })
  const took = performance.now() - started
  // One more tick, to see the gap a backup on this thread ends with.
  await sleep(30)
  clearInterval(tick)
  console.log(
    `${label}: ${mib} MiB, backup ${(took / 1000).toFixed(1)} s, longest event-loop stall ${longest.toFixed(0)} ms`,
  )
}

try {
  await measure('main-thread', true)
  await measure('worker', false)
} finally {
  t.cleanup()
  rmSync(out, { recursive: true, force: true })
}
