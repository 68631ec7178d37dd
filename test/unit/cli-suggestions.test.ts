import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCore } from '../../electron/core/core'
import { SessionSlot } from '../../electron/core/session'
import {
  ADMIN_PASSWORD,
  auditRows,
  initializedDir,
  onlyJson,
  removeTempDirs,
  runCli,
  tempDir,
} from './cli-run'

afterAll(removeTempDirs)

let dir: string
const env = { XINLIAN_PASSWORD: ADMIN_PASSWORD }
const base = () => ['--data-dir', dir, '--user', 'admin']

/** Two namesakes and one more person, entered through the core as the app would. */
async function seed(dataDir: string) {
  const core = await createCore({ dataDir, appVersion: 'test', shell: 'test' }, { mounts: [] })
  const slot = new SessionSlot()
  try {
    const login = await core.call(slot, 'auth.login', {
      username: 'admin',
      password: ADMIN_PASSWORD,
    })
    if (!login.ok) throw new Error(login.error.message)
    for (const [name, employer] of [
      ['王建国', '华达机械有限公司'],
      ['王建国', '明律律师事务所'],
      ['李晓梅', '明律律师事务所'],
    ])
      await core.call(slot, 'persons.create', { name, employer })
  } finally {
    core.close()
  }
}

// Two CLI runs and a core opened with the production password cost: slow on a shared machine.
beforeAll(async () => {
  dir = await initializedDir()
  await seed(dir)
}, 60_000)

function jsonFile(content: unknown): string {
  const file = join(tempDir(), 'suggestions.json')
  writeFileSync(file, JSON.stringify(content))
  return file
}

// Each CLI run starts tsx and opens the database: seconds each on a loaded machine.
describe('xinlian suggestions', { timeout: 180_000 }, () => {
  it('documents the JSON fields in --help', async () => {
    const r = await runCli(['suggestions', 'add', '--help'])
    expect(r.code).toBe(0)
    for (const field of ['submitters', 'adoptions', 'instructions', 'external', 'submittedOn'])
      expect(r.stdout).toContain(field)
  })

  it('adds from a file by names and dictionary names, then lists and ranks the same scores', async () => {
    const file = jsonFile([
      {
        title: '关于规范律师行业收费的建议',
        kind: '建议',
        submittedOn: '2025-03-01',
        channel: '新联会简报',
        status: '已采用',
        submitters: [
          { name: '王建国', employer: '明律律师事务所' },
          { name: '李晓梅' },
          { name: '外聘专家', employer: '省律协', external: true },
        ],
        adoptions: [{ body: '市司法局', level: 'city', adoptedOn: '2025-04-01', how: 'adopted' }],
        instructions: [{ leader: '副省长', level: 'province', instructedOn: '2025-04-10' }],
      },
    ])
    const added = await runCli(['suggestions', 'add', ...base(), '--input', file, '--json'], env)
    expect(added.stderr).toBe('')
    expect(onlyJson(added.stdout)).toMatchObject({ created: 1, items: [{ score: 30 }] })
    const list = onlyJson(
      (await runCli(['suggestions', 'list', ...base(), '--year', '2025', '--json'], env)).stdout,
    ) as {
      count: number
      items: { score: number; share: number; submitters: { name: string }[] }[]
    }
    expect(list.count).toBe(1)
    expect(list.items[0]).toMatchObject({ score: 30, share: 10 })
    expect(list.items[0]!.submitters.map((m) => m.name)).toEqual(['王建国', '李晓梅', '外聘专家'])
    const scores = onlyJson(
      (await runCli(['suggestions', 'scores', ...base(), '--year', '2025', '--json'], env)).stdout,
    ) as {
      persons: { name: string; score: number }[]
      organizations: { employer: string; score: number }[]
    }
    expect(scores.persons.map((p) => p.score)).toEqual([10, 10, 10])
    expect(scores.organizations[0]).toEqual({ employer: '明律律师事务所', count: 1, score: 20 })
    expect(
      auditRows(dir).filter((r) => r.action === 'suggestions.create' && r.result === 'ok'),
    ).toHaveLength(1)
  })

  it('refuses namesakes without an employer and a submitter not in the register', async () => {
    const ambiguous = jsonFile({
      title: '甲',
      kind: '02',
      submittedOn: '2025-01-01',
      submitters: [{ name: '王建国' }],
    })
    const r = await runCli(['suggestions', 'add', ...base(), '--input', ambiguous], env)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('「提交人」王建国 在人员库中有 2 人同名')
    const missing = jsonFile({
      title: '乙',
      kind: '02',
      submittedOn: '2025-01-01',
      submitters: [{ name: '查无此人' }],
    })
    const m = await runCli(['suggestions', 'add', ...base(), '--input', missing], env)
    expect(m.code).toBe(1)
    expect(m.stderr).toContain('「提交人」查无此人不在人员库中')
    const list = onlyJson((await runCli(['suggestions', 'list', ...base(), '--json'], env)).stdout)
    expect(list.count).toBe(1)
  })
})
