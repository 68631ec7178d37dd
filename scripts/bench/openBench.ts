import { copyFileSync, mkdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { KEY_SLOTS_FILE } from '../../db/atRest/keySlots'
import { DATABASE_FILE } from '../../db/open'
import { openBenchCore, signIn, type BenchCore } from './benchCore'
import type { RowSink } from './rows'
import { timeOnce } from './timing'

const OPEN_BUDGET = { kind: 'max', limit: 1000 } as const

/**
 * The database is encrypted: an open is the sign-in that unwraps its key (at the bench's
 * cheap scrypt), then the open itself.
 */
async function openSignedIn(dir: string): Promise<BenchCore> {
  const b = await openBenchCore(dir)
  await signIn(b)
  return b
}

/**
 * Opening an existing register of the scale, as the app does at start (createCore):
 * first the one left at the previous schema (migrated by the open, pre-migration backup
 * included), then — closed and copied to a fresh directory — the already current one.
 * Answers the core on the copy, signed in, for the figures that follow.
 */
export async function benchOpen(sink: RowSink, oldDir: string, dir: string): Promise<BenchCore> {
  const file = join(oldDir, DATABASE_FILE)
  const mb = statSync(file).size / 1e6
  const migrated = await timeOnce(() => openSignedIn(oldDir))
  const names = migrated.value.core.database.migrated
  // The pre-migration backup is written in the background; the close waits for it.
  const closed = await timeOnce(async () => migrated.value.close())
  mkdirSync(dir, { recursive: true })
  copyFileSync(file, join(dir, DATABASE_FILE))
  copyFileSync(join(oldDir, KEY_SLOTS_FILE), join(dir, KEY_SLOTS_FILE))
  rmSync(oldDir, { recursive: true, force: true })
  const opened = await timeOnce(() => openSignedIn(dir))
  // The floor of a migration at this size: the pre-migration backup is a copy of the file.
  const spare = join(dir, 'backup-probe.db')
  const copied = await timeOnce(async () => copyFileSync(join(dir, DATABASE_FILE), spare))
  rmSync(spare, { force: true })
  sink.add({
    id: 'open.migrate',
    operation: 'open + migrate (previous schema), key unwrapped at sign-in',
    value: migrated.ms,
    baseline: copied.ms,
    baselineLabel: 'one plain copy of the database file',
    budget: OPEN_BUDGET,
    note: `${mb.toFixed(0)} MB database; ran ${names.join(', ') || 'nothing'}; the file held for its pre-migration backup, written in the background`,
  })
  sink.add({
    id: 'open.migrate.close',
    operation:
      'close right after that open: waits for the pre-migration backup still being written',
    value: closed.ms,
  })
  sink.add({
    id: 'open.backup',
    operation: 'copy of the database file',
    value: copied.ms,
    note: 'what the pre-migration backup costs at least (in the background since the held file)',
  })
  sink.add({
    id: 'open.current',
    operation: 'open (schema current), key unwrapped at sign-in',
    value: opened.ms,
    budget: OPEN_BUDGET,
  })
  return opened.value
}
