/**
 * npm run bench [-- --scale county|city|province] [--json FILE]
 *   [--only suggestions|statistics|packages|upper|relay|atRest|import] [--reuse-register]
 *
 * Every figure of issue 6 on synthetic data in a temporary directory, each beside a
 * baseline measured in the same run: absolute times drift on shared machines, ratios much
 * less. Prints the table and writes the report as JSON (artifacts/bench/bench-<scale>.json).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { parseBenchArgs } from './bench/args'
import { runBench } from './bench/runBench'
import { formatTable } from './bench/table'

const args = parseBenchArgs(process.argv.slice(2))
const started = performance.now()
const report = await runBench({
  scale: args.scale,
  ...(args.only ? { only: args.only } : {}),
  reuseRegister: args.reuseRegister,
  log: (line) =>
    console.error(`[bench ${((performance.now() - started) / 1000).toFixed(1)} s] ${line}`),
  onRow: (row) => console.error(`  ${row.operation}: ${row.value.toFixed(2)} ${row.unit}`),
})
console.log(
  `\nscale ${report.scale} (${report.persons} persons) · ${(report.durationMs / 1000).toFixed(1)} s · ` +
    `node ${report.node} · ${report.cpus} cores · load ${report.loadavg.before.toFixed(1)} → ${report.loadavg.after.toFixed(1)}\n`,
)
console.log(formatTable(report.rows))
console.log(
  `\npeak RSS ${report.rss.maxRssMb.toFixed(0)} MB (worker threads included); highest sample ` +
    `${report.rss.sampledPeakMb.toFixed(0)} MB during "${report.rss.peakPhase}"`,
)
console.log('highest sample of each phase:')
for (const p of report.rss.byPhase)
  console.log(`  ${p.sampledPeakMb.toFixed(0).padStart(5)} MB  ${p.phase} (${p.parts})`)
const missed = report.rows.filter((r) => r.within === false)
console.log(
  missed.length
    ? `\n${missed.length} figure(s) over budget.`
    : '\nEvery budgeted figure within budget.',
)
mkdirSync(dirname(args.json), { recursive: true })
writeFileSync(args.json, `${JSON.stringify(report, null, 2)}\n`)
console.log(`JSON: ${args.json}`)
