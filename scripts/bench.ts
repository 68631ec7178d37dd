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
  `\npeak RSS ${report.rss.maxRssMb.toFixed(0)} MB (worker threads included), reached during ` +
    `"${report.rss.maxRssPhase}"; highest sample ${report.rss.sampledPeakMb.toFixed(0)} MB during "${report.rss.peakPhase}"`,
)
console.log(
  report.rss.perPhaseMarks
    ? "each phase: its own peak (the kernel's high-water mark, reset at its start: between samples too), its highest sample:"
    : "each phase: the high-water mark it raised (the kernel's maxRSS: between samples too), its highest sample:",
)
for (const p of report.rss.byPhase) {
  const mark = p.maxRssMb === null ? '     —' : p.maxRssMb.toFixed(0).padStart(6)
  console.log(`  ${mark} MB  ${p.sampledPeakMb.toFixed(0).padStart(5)} MB  ${p.phase} (${p.parts})`)
}
const missed = report.rows.filter((r) => r.within === false)
console.log(
  missed.length
    ? `\n${missed.length} figure(s) over budget.`
    : '\nEvery budgeted figure within budget.',
)
mkdirSync(dirname(args.json), { recursive: true })
writeFileSync(args.json, `${JSON.stringify(report, null, 2)}\n`)
console.log(`JSON: ${args.json}`)
