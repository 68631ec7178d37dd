#!/usr/bin/env node
// `npm start`: builds what is stale, then opens the desktop app — or, where the Electron
// runtime is not installed, the browser version on the same per-user data directory.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { preflight } from './preflight.mjs'

preflight()
const { register } = await import('tsx/esm/api')
const { installedElectronBinary } = await import('./electronBinary.mjs')
register()
const { desktop } = await import('../shared/i18n/desktop.ts')

const root = fileURLToPath(new URL('..', import.meta.url))
const args = process.argv.slice(2)

const OUTPUTS = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']
const SOURCES = [
  'electron',
  'renderer',
  'shared',
  'db',
  'scripts/vite',
  'electron.vite.config.ts',
  'package.json',
]

/** Newest modification time under a path (files only; node_modules never). */
function newest(path) {
  if (!existsSync(path)) return 0
  const st = statSync(path)
  if (!st.isDirectory()) return st.mtimeMs
  let max = 0
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue
    max = Math.max(max, newest(join(path, entry.name)))
  }
  return max
}

function buildIfStale() {
  const outputs = OUTPUTS.map((p) => join(root, p))
  const builtAt = outputs.every(existsSync)
    ? Math.min(...outputs.map((p) => statSync(p).mtimeMs))
    : 0
  const changedAt = Math.max(...SOURCES.map((p) => newest(join(root, p))))
  if (builtAt > changedAt) return
  console.log(desktop.building)
  const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
  const result = spawnSync(process.execPath, [cli, 'build'], { cwd: root, encoding: 'utf8' })
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`)
    console.error(desktop.buildFailed)
    process.exit(1)
  }
}

function runElectron(binary) {
  const env = { ...process.env }
  delete env.ELECTRON_RUN_AS_NODE
  const child = spawn(binary, [root, ...args], { stdio: 'inherit', env })
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => child.kill(signal))
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

buildIfStale()
const binary = installedElectronBinary()
if (binary) {
  runElectron(binary)
} else {
  console.log(desktop.runtimeMissing)
  const { runWebShellCli } = await import('../electron/web/launchCli.ts')
  process.exitCode = await runWebShellCli(args)
}
