// Bundles the `xinlian` command into out/cli (part of `npm run build`): one file loads in a
// fraction of the time tsx takes to translate and link the core's ~700 modules on every
// run (about 5 s against 2 s per command on these 2 cores). scripts/xinlian.mjs runs the
// bundle while it is newer than every source file, and the sources otherwise.
import { build } from 'esbuild'
import { CLI_BUNDLE_DIR, CLI_WORKERS, NODE_BUNDLE } from './builtCli.mjs'

await build({
  entryPoints: { main: 'electron/cli/main.ts', ...CLI_WORKERS },
  outdir: CLI_BUNDLE_DIR,
  ...NODE_BUNDLE,
})
