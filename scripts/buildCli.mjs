// Bundles the `xinlian` command into out/cli (part of `npm run build`): one file loads in a
// fraction of the time tsx takes to translate and link the core's ~700 modules on every
// run (about 5 s against 2 s per command on these 2 cores). scripts/xinlian.mjs runs the
// bundle while it is newer than every source file, and the sources otherwise.
import { build } from 'esbuild'
import { CLI_BUNDLE_DIR, CLI_WORKERS } from './builtCli.mjs'

await build({
  entryPoints: { main: 'electron/cli/main.ts', ...CLI_WORKERS },
  outdir: CLI_BUNDLE_DIR,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  // The native database module is loaded as installed; Electron and Playwright are never
  // part of the command (its PDFs use the Chromium that Playwright finds at run time).
  external: [
    'better-sqlite3',
    'better-sqlite3-multiple-ciphers',
    'electron',
    'playwright-core',
    '@playwright/test',
  ],
  // CommonJS dependencies inside an ES module bundle still call require() for Node's own
  // modules.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: 'warning',
})
