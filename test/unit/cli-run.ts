import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createCore } from '../../electron/core/core'
import { SessionSlot } from '../../electron/core/session'
import type { Input, Method, Output, Role } from '../../shared/contract'
import { openDataDirDatabase } from '../helpers/dataDirDatabase'

/** Runs `xinlian` as staff do: a separate Node process on the real entry script. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const XINLIAN = join(REPO_ROOT, 'scripts', 'xinlian.mjs')
export const ADMIN_PASSWORD = 'Passw0rd-admin'
/** For a test that starts several xinlian processes, each running scrypt twice (slot, password). */
export const CLI_RUNS_TIMEOUT = 120_000
/** The environment of a command signed in as the admin (`--user admin`). */
export const SIGNED_IN = { XINLIAN_PASSWORD: ADMIN_PASSWORD }
export const INIT_ARGS = [
  '--unit-code',
  '330621',
  '--unit-name',
  '示例县委统战部',
  '--admin',
  'admin',
]

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

/**
 * The environment of a run: nothing inherited that could change what the CLI does, and
 * passwords hashed at the test cost (electron/cli/testScrypt.ts) unless a test says otherwise.
 */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    XINLIAN_TEST_SCRYPT: 'cheap',
    ...extra,
  }
  for (const k of ['XINLIAN_PASSWORD', 'XINLIAN_DATA_DIR'] as const) {
    if (!(k in extra)) delete env[k]
  }
  return env
}

export function startCli(args: string[], env: Record<string, string> = {}) {
  // process.execPath: the Node 22 running the tests, never whatever `node` is on PATH.
  return spawn(process.execPath, [XINLIAN, ...args], { cwd: REPO_ROOT, env: cleanEnv(env) })
}

export function runCli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = startCli(args, env)
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

/** The one JSON document a --json run must print, failing if there is more or less. */
export function onlyJson(stdout: string): Record<string, unknown> {
  const lines = stdout.split('\n').filter((l) => l.trim() !== '')
  if (lines.length !== 1) throw new Error(`expected one JSON line on stdout, got: ${stdout}`)
  return JSON.parse(lines[0]!) as Record<string, unknown>
}

/** A --json run's document, once it exited with `expectCode` (else an error with its stderr). */
export async function runJson(
  args: string[],
  env: Record<string, string>,
  expectCode = 0,
): Promise<Record<string, unknown>> {
  const r = await runCli([...args, '--json'], env)
  if (r.code !== expectCode) {
    throw new Error(`${args.join(' ')}: exit ${r.code}, expected ${expectCode}\n${r.stderr}`)
  }
  return onlyJson(r.stdout)
}

const made: string[] = []

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'xinlian-cli-'))
  made.push(dir)
  return dir
}

/** For afterAll: the temporary directories this test file made. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
}

/** A data directory initialized through the CLI itself. */
export async function initializedDir(): Promise<string> {
  const dir = join(tempDir(), 'data')
  const r = await runCli(['init', '--data-dir', dir, ...INIT_ARGS], {
    XINLIAN_PASSWORD: ADMIN_PASSWORD,
  })
  if (r.code !== 0) throw new Error(`init failed: ${r.stderr}`)
  return dir
}

/** Reads a data directory's database directly, read-only, as an outside tool would. */
export function query<T>(dir: string, sql: string): T[] {
  const db = openDataDirDatabase(dir, { readonly: true })
  try {
    return db.prepare(sql).all() as T[]
  } finally {
    db.close()
  }
}

export function auditRows(dir: string): {
  seq: number
  action: string
  result: string
  username: string | null
  detail: string | null
}[] {
  const db = openDataDirDatabase(dir, { readonly: true })
  try {
    return db
      .prepare('SELECT seq, action, result, username, detail FROM audit_log ORDER BY seq')
      .all() as never
  } finally {
    db.close()
  }
}

/** Adds a user through the core, with the first password already changed, ready for the CLI. */
export async function addUser(
  dir: string,
  username: string,
  role: Role,
  password: string,
): Promise<void> {
  const core = await createCore({ dataDir: dir, appVersion: 'test', shell: 'test' }, { mounts: [] })
  try {
    const admin = new SessionSlot()
    const ok = async (r: Promise<{ ok: boolean }>) => {
      const v = await r
      if (!v.ok) throw new Error(JSON.stringify(v))
    }
    await ok(core.call(admin, 'auth.login', { username: 'admin', password: ADMIN_PASSWORD }))
    await ok(
      core.call(admin, 'users.create', {
        username,
        displayName: username,
        role,
        password: `${password}-first`,
      }),
    )
    const user = new SessionSlot()
    await ok(core.call(user, 'auth.login', { username, password: `${password}-first` }))
    await ok(
      core.call(user, 'auth.changePassword', {
        currentPassword: `${password}-first`,
        newPassword: password,
      }),
    )
  } finally {
    core.close()
  }
}

export type CoreOk = <M extends Method>(m: M, input: Input<M>) => Promise<Output<M>>

/** Enters data through the core as the admin of an initialized directory, then closes it. */
export async function asAdmin(dataDir: string, fn: (ok: CoreOk) => Promise<void>): Promise<void> {
  const core = await createCore({ dataDir, appVersion: 'test', shell: 'test' }, { mounts: [] })
  const slot = new SessionSlot()
  const ok: CoreOk = async (m, input) => {
    const r = await core.call(slot, m, input)
    if (!r.ok) throw new Error(JSON.stringify(r.error))
    return r.value
  }
  try {
    await ok('auth.login', { username: 'admin', password: ADMIN_PASSWORD })
    await fn(ok)
  } finally {
    core.close()
  }
}
