import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  SIGNED_IN,
  ADMIN_PASSWORD,
  auditRows,
  initializedDir,
  onlyJson,
  removeTempDirs,
  runCli,
} from './cli-run'

const env = { XINLIAN_PASSWORD: ADMIN_PASSWORD }
let dir: string
beforeAll(async () => {
  dir = await initializedDir()
})
afterAll(removeTempDirs)

describe('xinlian persons and demo', () => {
  it('adds persons from a JSON file, stopping at the first refused record', async () => {
    const file = join(dir, 'persons.json')
    writeFileSync(
      file,
      JSON.stringify([
        {
          name: '张三丰',
          idNumber: '11010519491231002X',
          phone: '13812345678',
          employer: '武当科技有限公司',
        },
        { name: '坏号码', idNumber: '110105194912310021' },
        { name: '不会写入', idNumber: '' },
      ]),
    )
    const r = await runCli(
      ['persons', 'add', '--data-dir', dir, '--user', 'admin', '--input', file],
      env,
    )
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('第 2 条未能新增')
    expect(r.stderr).toContain('身份证号')
    const count = onlyJson(
      (
        await runCli(
          ['persons', 'count', '--data-dir', dir, '--user', 'admin', '--json'],
          SIGNED_IN,
        )
      ).stdout,
    )
    expect(count).toEqual({ count: 1 })
    expect(
      auditRows(dir).filter((a) => a.action === 'persons.create' && a.result === 'ok'),
    ).toHaveLength(1)
  })

  it('lists masked persons found by pinyin initials, as exactly one JSON document', async () => {
    const r = await runCli(
      ['persons', 'list', '--data-dir', dir, '--user', 'admin', '--query', 'zsf', '--json'],
      env,
    )
    expect(r.code).toBe(0)
    const doc = onlyJson(r.stdout) as {
      count: number
      items: { name: string; idNumber: string; phone: string }[]
    }
    expect(doc.count).toBe(1)
    expect(doc.items[0]).toMatchObject({
      name: '张三丰',
      idNumber: '1101**********002X',
      phone: '138****5678',
    })
    expect(r.stdout).not.toContain('11010519491231002X')
    expect(r.stdout).not.toContain('13812345678')
  })

  it('needs --user to list personal data, but not to count', async () => {
    const r = await runCli(['persons', 'list', '--data-dir', dir], env)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('--user')
  })

  it('loads county demo data once, then refuses while real persons exist', async () => {
    const refused = await runCli(
      ['demo', '--data-dir', dir, '--user', 'admin', '--scale', 'county'],
      env,
    )
    expect(refused.code).toBe(1)
    expect(refused.stderr.trim().length).toBeGreaterThan(0)
    const fresh = await initializedDir()
    const r = await runCli(
      [
        'demo',
        '--data-dir',
        fresh,
        '--user',
        'admin',
        '--scale',
        'county',
        '--seed',
        '7',
        '--json',
      ],
      env,
    )
    expect(r.code).toBe(0)
    expect(onlyJson(r.stdout)).toMatchObject({ inserted: 5000, scale: 'county', seed: 7 })
    expect(
      onlyJson(
        (
          await runCli(
            ['persons', 'count', '--data-dir', fresh, '--user', 'admin', '--json'],
            SIGNED_IN,
          )
        ).stdout,
      ),
    ).toEqual({ count: 5000 })
    const bad = await runCli(
      ['demo', '--data-dir', fresh, '--user', 'admin', '--scale', 'planet'],
      env,
    )
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('county')
  }, 120_000)
})
