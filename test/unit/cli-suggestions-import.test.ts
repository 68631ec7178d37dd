import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  ADMIN_PASSWORD,
  asAdmin,
  initializedDir,
  onlyJson,
  query,
  removeTempDirs,
  runCli,
  tempDir,
} from './cli-run'
import { LEDGER_REGISTER, ledgerWorkbook } from './ledger-fixtures'

afterAll(removeTempDirs)

let dir: string
let file: string
const env = { XINLIAN_PASSWORD: ADMIN_PASSWORD }
const live = () =>
  query<{ n: number }>(dir, 'SELECT count(*) AS n FROM suggestions WHERE deleted_at IS NULL')[0]!.n

beforeAll(async () => {
  dir = await initializedDir()
  await asAdmin(dir, async (ok) => {
    for (const p of LEDGER_REGISTER)
      await ok('persons.create', { name: p.name, employer: p.employer })
  })
  file = join(tempDir(), '2025年建言献策台账.xlsx')
  writeFileSync(file, await ledgerWorkbook())
}, 60_000)

// Each CLI run starts tsx and opens the database: seconds each on a loaded machine.
describe('xinlian suggestions import', { timeout: 180_000 }, () => {
  const run = (...extra: string[]) =>
    runCli(['suggestions', 'import', file, '--data-dir', dir, '--user', 'admin', ...extra], env)

  it('checks with --dry-run, imports, and adds nothing the second time', async () => {
    const dry = await run('--dry-run', '--json')
    expect(dry.code).toBe(0)
    expect(onlyJson(dry.stdout)).toMatchObject({
      dryRun: true,
      batchId: null,
      create: 4,
      repeated: 1,
      rejected: 2,
      unmatched: 3,
    })
    expect(live()).toBe(0)

    const done = await run('--json')
    expect(done.code).toBe(0)
    const doc = onlyJson(done.stdout) as { create: number; rows: { row: number; reason: string }[] }
    expect(doc.create).toBe(4)
    expect(doc.rows.find((r) => r.row === 8)!.reason).toContain('不在建言类别字典中')
    expect(live()).toBe(4)

    const again = await run()
    expect(again.code).toBe(0)
    expect(again.stdout).toContain('已导入 0 条，已存在 5 条')
    expect(live()).toBe(4)
  })
})
