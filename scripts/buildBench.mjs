// Bundles the bench (scripts/bench.ts) into out/bench as buildCli.mjs bundles the `xinlian`
// command, its worker threads beside it: `npm run bench` then measures the code as the
// built app runs it — one bundle, each worker a plain .js file — where `npm run bench:source`
// runs the sources through tsx and starts every worker through tsx's loader (the backup
// before an import alone: ~0.5–1 s of a county import's figure). Run it with the Node of npm scripts
// (node_modules/.bin, Node 22): the native database module is built for that one.
import { build } from 'esbuild'
import { CLI_WORKERS, NODE_BUNDLE } from './builtCli.mjs'

await build({
  entryPoints: {
    bench: 'scripts/bench.ts',
    excelBaselineProcess: 'scripts/bench/excelBaselineProcess.ts',
    ...CLI_WORKERS,
  },
  outdir: 'out/bench',
  ...NODE_BUNDLE,
})
