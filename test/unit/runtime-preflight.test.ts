import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { nodeIsRecentEnough, runtimeProblem } from '../../scripts/preflight.mjs'

const root = join(import.meta.dirname, '..', '..')
/** Makes this Node report an old version, as a Node 20 would, without needing one installed. */
const FAKE_NODE_20 =
  "data:text/javascript,Object.defineProperty(process.versions,'node',{value:'20.20.2'})"

function run(node: string, args: string[]) {
  return spawnSync(node, args, { cwd: root, encoding: 'utf8', timeout: 60_000 })
}

function expectOldNodeRefusal(result: ReturnType<typeof run>) {
  expect(result.status).toBe(1)
  expect(result.stderr).toContain('新联台账需要 Node.js 22.12 或更高版本')
  expect(result.stderr).toContain('Xinlian Ledger needs Node.js 22.12 or newer')
  expect(result.stderr).not.toMatch(/\n\s+at |Segmentation fault/)
  expect(result.stderr.trim().split('\n')).toHaveLength(1)
}

describe('runtime preflight', () => {
  it('accepts 22.12 and newer, refuses older', () => {
    expect(nodeIsRecentEnough('22.12.0')).toBe(true)
    expect(nodeIsRecentEnough('24.1.0')).toBe(true)
    expect(nodeIsRecentEnough('22.11.9')).toBe(false)
    expect(nodeIsRecentEnough('20.20.2')).toBe(false)
  })

  it('names a missing native module and a wrong-ABI build in one sentence each', () => {
    const missing = Object.assign(new Error("Cannot find module 'better-sqlite3'"), {
      code: 'MODULE_NOT_FOUND',
    })
    const wrongAbi = new Error(
      'The module was compiled against a different Node.js version using\nNODE_MODULE_VERSION 115.',
    )
    const load = (error: Error) => () => {
      throw error
    }
    expect(runtimeProblem({ nodeVersion: '22.23.3', loadNative: load(missing) })).toMatch(
      /^找不到数据库组件 better-sqlite3.*npm install.*The database component better-sqlite3 is missing/,
    )
    const broken = runtimeProblem({ nodeVersion: '22.23.3', loadNative: load(wrongAbi) })
    expect(broken).toMatch(/无法在本机加载.*compiled against a different Node\.js version/)
    expect(broken).not.toContain('\n')
    expect(runtimeProblem({ nodeVersion: '22.23.3', loadNative: () => undefined })).toBeNull()
  })

  it.each([
    ['npm start', 'scripts/start.mjs'],
    ['xinlian', 'scripts/xinlian.mjs'],
  ])('%s on an old Node says what is needed and exits 1 without a stack', (_, script) => {
    expectOldNodeRefusal(run(process.execPath, ['--import', FAKE_NODE_20, script, '--help']))
  })

  const oldSystemNode = ['/usr/bin/node', '/usr/local/bin/node']
    .filter(existsSync)
    .find((node) => !nodeIsRecentEnough(run(node, ['--version']).stdout.trim().slice(1)))
  if (!oldSystemNode)
    console.log('跳过：本机没有早于 22.12 的系统 Node（skipped: no system Node < 22.12 here）')
  it.runIf(oldSystemNode)('a real system Node older than 22.12 gets the same sentence', () => {
    const systemNode = oldSystemNode as string
    expectOldNodeRefusal(run(systemNode, ['scripts/xinlian.mjs', '--help']))
    expectOldNodeRefusal(run(systemNode, ['scripts/start.mjs', '--help']))
  })
})
