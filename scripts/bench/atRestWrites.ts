import { basename, join } from 'node:path'
import { rmSync, statSync } from 'node:fs'
import { openSqlite } from '../../db/atRest/cipher'
import { applyPragmas, DATABASE_FILE } from '../../db/open'
import type { BenchCore } from './benchCore'
import type { Side } from './atRestRounds'
import { median } from './atRestRounds'
import type { RowSink } from './rows'
import type { BenchScale } from './scales'
import { timeOnce } from './timing'
import { runWalFoldWorker } from '../../electron/services/walFold/runWalFoldWorker'
import { WalFolds } from '../../electron/services/walFold/walFolds'
import { BACKUP_TASK } from '../../electron/services/backup/backupRuns'
import type { Events } from '../../shared/contract'

const ms = (xs: number[]) => Math.round(median(xs))

const CIPHER_BUDGET = { kind: 'ratio', limit: 1.5 } as const
/** Each insert is tens of milliseconds at county scale: the median of several, alternating. */
const INSERTS = 7

/**
 * Rows of the persons table's width written in one transaction into each file, on a
 * connection set up as the app's (db/open.ts applyPragmas: WAL, synchronous FULL, its page
 * cache): the page writes a bulk import makes, with and without the cipher. As an import
 * does (bulkWriteMode.ts), the COMMIT leaves its WAL checkpoint to a worker of its own
 * (walFolds.ts); that fold is timed apart, on each side too. Each repetition writes a table
 * of its own into the same file.
 */
export async function benchBulkInsert(
  sink: RowSink,
  dirs: Record<Side, string>,
  key: Buffer,
  scale: BenchScale,
): Promise<void> {
  const n = Math.min(scale.persons, 50_000)
  const times: Record<Side, number[]> = { plain: [], encrypted: [] }
  const folded: Record<Side, number[]> = { plain: [], encrypted: [] }
  const time = async (side: Side, rep: number) => {
    const sideKey = side === 'encrypted' ? key : null
    const db = openSqlite(join(dirs[side], DATABASE_FILE), sideKey)
    const folds = new WalFolds(runWalFoldWorker, () => sideKey, console)
    try {
      applyPragmas(db)
      const table = `bench_bulk_${rep}`
      db.exec(
        `CREATE TABLE ${table} (id TEXT PRIMARY KEY, name TEXT, id_number TEXT, phone TEXT, employer TEXT, notes TEXT)`,
      )
      db.exec(`CREATE INDEX ${table}_name ON ${table} (name)`)
      const add = db.prepare(`INSERT INTO ${table} VALUES (?, ?, ?, ?, ?, ?)`)
      const t0 = performance.now()
      db.transaction(() => {
        folds.hold(db)
        for (let i = 0; i < n; i++)
          add.run(
            `p-${i}`,
            `姓名${(i * 7919) % 9973}`,
            `33062119800101${String(i).padStart(4, '0')}`,
            `138${String(i).padStart(8, '0')}`,
            `某某科技有限公司第${i % 501}分公司`,
            '备注'.repeat(20),
          )
      })()
      folds.release()
      times[side].push(performance.now() - t0)
      folded[side].push((await timeOnce(() => folds.idle())).ms)
      db.exec(`DROP TABLE ${table}`)
      db.pragma('wal_checkpoint(TRUNCATE)')
    } finally {
      folds.close()
      db.close()
    }
  }
  for (let rep = 0; rep < INSERTS; rep++) {
    const order: Side[] = rep % 2 === 0 ? ['plain', 'encrypted'] : ['encrypted', 'plain']
    for (const side of order) await time(side, rep)
  }
  sink.add({
    id: 'atRest.bulkInsert',
    operation: `bulk insert of ${n} person-sized rows in one transaction, encrypted vs plain`,
    value: median(times.encrypted),
    baseline: median(times.plain),
    baselineLabel: 'the same rows into the decrypted copy',
    budget: CIPHER_BUDGET,
    note: `median of ${INSERTS} each, alternating; the app's connection settings: the cipher cost of the pages an import writes, up to its COMMIT; the WAL folded afterwards by a worker, as the app does (encrypted ${ms(folded.encrypted)} ms, plain ${ms(folded.plain)} ms, medians: ${(median(folded.encrypted) / median(folded.plain)).toFixed(2)}×; the insert with its fold ${((median(times.encrypted) + median(folded.encrypted)) / (median(times.plain) + median(folded.plain))).toFixed(2)}×)`,
  })
}

/** How many backups a side, and how many of them are then restored (the first ones). */
export interface BackupRuns {
  backups: number
  restores: number
}

/**
 * 立即备份 and 从备份恢复 as an admin does them (backup.create, backups.restore of that
 * backup), on each side: each takes seconds to minutes at city scale and above. Restore
 * includes its own safety backup of the database it replaces. Each backup's steps are timed
 * too (its progress events): what differs between the sides, and what is the disk's.
 */
export async function benchBackupRestore(
  sink: RowSink,
  cores: Record<Side, BenchCore>,
  runs: BackupRuns,
  /** A restore signs everyone out: the side's core is signed in again before its next run. */
  signInAgain: (side: Side) => Promise<void>,
  log: (line: string) => void,
): Promise<void> {
  const ms: Record<
    Side,
    { backup: number[]; restore: number[]; mb: number; steps: Record<string, number[]> }
  > = {
    plain: { backup: [], restore: [], mb: 0, steps: {} },
    encrypted: { backup: [], restore: [], mb: 0, steps: {} },
  }
  for (let run = 0; run < runs.backups; run++) {
    // Alternating which side goes first: the first backup of the process also starts its
    // first worker thread (from source: tsx compiling the worker's modules).
    const order: Side[] = run % 2 === 0 ? ['encrypted', 'plain'] : ['plain', 'encrypted']
    for (const side of order) {
      const b = cores[side]
      if (run > 0 && run <= runs.restores) await signInAgain(side)
      log(`at rest: backup, ${side}, run ${run + 1}/${runs.backups}`)
      const steps = stepTimes(b)
      const made = await timeOnce(() => b.call('backup.create', {}))
      ms[side].backup.push(made.ms)
      const took = steps.end()
      for (const [step, t] of took) (ms[side].steps[step] ??= []).push(t)
      log(`  ${(made.ms / 1000).toFixed(2)} s: ${stepsNote(took.map(([step, t]) => [step, [t]]))}`)
      ms[side].mb = statSync(made.value.path).size / 1e6
      if (run >= runs.restores) {
        // Not restored: gone at once, so that a province's run does not leave gigabytes.
        rmSync(made.value.path)
        continue
      }
      log(`at rest: restore, ${side}, run ${run + 1}/${runs.restores}`)
      const name = basename(made.value.path)
      const restored = await timeOnce(() =>
        b.call('backups.restore', { name, location: 'local', confirmOtherUnit: false }),
      )
      ms[side].restore.push(restored.ms)
    }
  }
  const each = (side: Side, what: 'backup' | 'restore') =>
    ms[side][what].map((v) => (v / 1000).toFixed(2)).join(', ')
  const runsNote = (what: 'backup' | 'restore') =>
    `median of ${ms.plain[what].length} run(s) a side, alternating which goes first (encrypted ${each('encrypted', what)} s; plain ${each('plain', what)} s)`
  sink.add({
    id: 'atRest.backup',
    operation: 'backup (立即备份: snapshot, quick_check, .xlbak written and read back)',
    value: median(ms.encrypted.backup),
    baseline: median(ms.plain.backup),
    baselineLabel: 'the same procedure on the decrypted copy',
    budget: CIPHER_BUDGET,
    note: `${runsNote('backup')}; each step's median: encrypted ${stepsNote(Object.entries(ms.encrypted.steps))}; plain ${stepsNote(Object.entries(ms.plain.steps))}; .xlbak ${ms.encrypted.mb.toFixed(0)} MB (plain ${ms.plain.mb.toFixed(0)} MB)`,
  })
  sink.add({
    id: 'atRest.restore',
    operation: 'restore of that backup (check, safety backup, swap, reopen)',
    value: median(ms.encrypted.restore),
    baseline: median(ms.plain.restore),
    baselineLabel: 'the same procedure on the decrypted copy',
    budget: CIPHER_BUDGET,
    note: `${runsNote('restore')}; includes the safety backup of the database it replaces`,
  })
}

/**
 * How long each step of a backup took (backupMeter.ts's stages, as its progress events
 * name them): from the step's first event to the next step's, the last to `end()`.
 */
function stepTimes(b: BenchCore): { end(): [string, number][] } {
  const starts: [string, number][] = []
  const unsubscribe = b.core.events.subscribe((event, payload) => {
    if (event !== 'progress') return
    const p = payload as Events['progress']
    const step = p.part?.name
    if (p.task === BACKUP_TASK && step && starts.at(-1)?.[0] !== step)
      starts.push([step, performance.now()])
  })
  return {
    end() {
      unsubscribe()
      const now = performance.now()
      return starts.map(([step, at], i) => [step, (starts[i + 1]?.[1] ?? now) - at])
    },
  }
}

function stepsNote(steps: [string, number[]][]): string {
  return steps.map(([step, t]) => `${step} ${(median(t) / 1000).toFixed(2)}`).join(', ')
}
