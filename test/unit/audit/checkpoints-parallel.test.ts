import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  ADMIN_PASSWORD,
  initializedDir,
  onlyJson,
  query,
  removeTempDirs,
  runCli,
  tempDir,
} from '../cli-run'
import { openDataDirDatabase } from '../../helpers/dataDirDatabase'

afterAll(removeTempDirs)

/** Each CLI run starts its own Node (seconds on a shared 2-core machine): few, but real. */
const PARALLEL = 3

describe('checkpoints under parallel processes', () => {
  it(`${PARALLEL} processes back up (each signing a checkpoint) while others write: no fork, one daily, every checkpoint holds`, async () => {
    const dir = await initializedDir()
    // A new morning: whichever process opens first signs the day's checkpoint.
    const db = openDataDirDatabase(dir)
    db.exec("DELETE FROM audit_checkpoints WHERE reason = 'daily'")
    db.close()
    const out = tempDir()
    const env = { XINLIAN_PASSWORD: ADMIN_PASSWORD }
    const runs = []
    for (let i = 0; i < PARALLEL; i++) {
      runs.push(
        runCli(
          ['backup', '--data-dir', dir, '--user', 'admin', '--out', join(out, `b${i}.xlbak`)],
          env,
        ),
      )
      runs.push(runCli(['persons', 'count', '--data-dir', dir, '--user', 'admin'], env))
    }
    const done = await Promise.all(runs)
    for (const r of done) expect(r.stderr).not.toMatch(/SQLITE|at .*\.ts:\d+/)
    expect(done.map((r) => r.code)).toEqual(Array(done.length).fill(0))

    const checkpoints = query<{ reason: string; seq: number; hash: string; local_day: string }>(
      dir,
      'SELECT reason, seq, hash, local_day FROM audit_checkpoints ORDER BY n',
    )
    expect(checkpoints.filter((c) => c.reason === 'backup')).toHaveLength(PARALLEL)
    expect(checkpoints.filter((c) => c.reason === 'daily')).toHaveLength(1)
    // Checkpoints taken in order never go back, and one seq never has two hashes (a fork).
    const seqs = checkpoints.map((c) => c.seq)
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b))
    const hashAt = new Map<number, string>()
    for (const c of checkpoints) {
      expect(hashAt.get(c.seq) ?? c.hash).toBe(c.hash)
      hashAt.set(c.seq, c.hash)
    }
    expect(query(dir, "SELECT count(*) AS n FROM own_keys WHERE status = 'active'")).toEqual([
      { n: 1 },
    ])

    const verify = await runCli(
      [
        'audit',
        'verify',
        '--data-dir',
        dir,
        '--user',
        'admin',
        '--json',
        '--against',
        join(out, 'b0.xlbak'),
      ],
      env,
    )
    const doc = onlyJson(verify.stdout) as {
      ok: boolean
      checkpoints: { source: string; status: string }[]
    }
    expect(verify.code).toBe(0)
    expect(doc.ok).toBe(true)
    // The database's own, and the backup given (CLI backups go to --out, not the app's folder).
    expect(doc.checkpoints.length).toBe(checkpoints.length + 1)
    expect(doc.checkpoints.every((c) => c.status === 'holds')).toBe(true)
    expect(doc.checkpoints.filter((c) => c.source === 'backup')).toHaveLength(1)
  }, 300_000)
})
