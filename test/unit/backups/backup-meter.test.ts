import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { backupMeter, type BackupProgress } from '../../../electron/services/backup/backupMeter'

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

describe('a backup’s progress names each step as it starts', () => {
  it('tells the check when the snapshot grew to its full size and left the bar there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xinlian-meter-'))
    dirs.push(dir)
    const files = { snapshot: join(dir, 's.db'), xlbak: join(dir, 'b.xlbak') }
    const seen: BackupProgress[] = []
    const meter = backupMeter((p) => seen.push(p), 1000, files)
    meter.enter('space')
    meter.enter('snapshot')
    writeFileSync(files.snapshot, Buffer.alloc(1000))
    // The meter looks at the growing snapshot every 200 ms.
    await new Promise((r) => setTimeout(r, 450))
    meter.enter('check')
    meter.enter('write')
    meter.enter('verify')
    meter.show(0.5)
    meter.finish('verify')
    expect(seen.map((p) => `${p.stage} ${p.percent}`)).toEqual([
      'space 0',
      'snapshot 2',
      'snapshot 50',
      'check 50',
      'write 70',
      'verify 85',
      'verify 92',
      'verify 100',
    ])
  })

  it('tells a step once, and never takes the bar back', () => {
    const seen: BackupProgress[] = []
    const meter = backupMeter((p) => seen.push(p), 1000, { snapshot: '', xlbak: '' })
    meter.enter('check')
    meter.enter('check')
    meter.enter('snapshot')
    meter.stop()
    expect(seen).toEqual([
      { stage: 'check', percent: 50 },
      { stage: 'snapshot', percent: 50 },
    ])
  })
})
