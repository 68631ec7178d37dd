/**
 * Search and list timings at city (100k) and province (1M) scale, on demo data generated
 * into a temporary directory. Every figure goes through core.call, as the app's shells do:
 * dispatch, search or list index, row loading and masking.
 *
 *   npx tsx scripts/bench-search.ts            both scales
 *   npx tsx scripts/bench-search.ts city       100k only
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { createCore, type Core } from '../electron/core/core'
import { SessionSlot } from '../electron/core/session'
import { personListIndex } from '../electron/services/persons/listIndex/registry'
import type { Input, Method } from '../shared/contract'
import { DEMO_SCALES, type DemoScale } from '../shared/contract/persons'

const QUERIES = 200
const SEED = 20261126

interface Row {
  scale: string
  what: string
  p50: number
  p95: number
  max: number
  note?: string
}

const rows: Row[] = []

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

async function call<M extends Method>(core: Core, slot: SessionSlot, method: M, input: Input<M>) {
  const r = await core.call(slot, method, input)
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
  return r.value
}

async function measure<M extends Method>(
  core: Core,
  slot: SessionSlot,
  scale: string,
  what: string,
  method: M,
  inputs: Input<M>[],
  note?: (values: unknown[]) => string,
) {
  const times: number[] = []
  const values: unknown[] = []
  for (const input of inputs) {
    const t0 = performance.now()
    values.push(await call(core, slot, method, input))
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  rows.push({
    scale,
    what,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: times.at(-1)!,
    note: note?.(values),
  })
}

interface Sampled {
  name: string
  name_py: string
  name_initials: string
  phone: string
  id_number: string
}

function sample(core: Core, n: number): Sampled[] {
  // Spread the sample over the whole table without ORDER BY random() over a million rows.
  const max = core.database.sqlite.prepare('SELECT max(rid) FROM persons').pluck().get() as number
  const stmt = core.database.sqlite.prepare(
    'SELECT name, name_py, name_initials, phone, id_number FROM persons WHERE rid >= ? AND deleted_at IS NULL LIMIT 1',
  )
  const out: Sampled[] = []
  for (let i = 0; i < n; i++)
    out.push(stmt.get(1 + Math.floor(((i * 7919) % n) * (max / n))) as never)
  return out
}

const avgHits = (values: unknown[]) =>
  `avg ${(values.reduce((s: number, v) => s + (v as unknown[]).length, 0) / values.length).toFixed(1)} hits`
const avgTotal = (values: unknown[]) =>
  `avg total ${Math.round(values.reduce((s: number, v) => s + (v as { total: number }).total, 0) / values.length)}`

async function benchScale(scale: DemoScale) {
  const label = `${DEMO_SCALES[scale] / 1000}k`
  const dir = mkdtempSync(join(tmpdir(), 'xinlian-bench-'))
  const core = await createCore(
    { dataDir: dir, appVersion: 'bench', shell: 'cli', scrypt: { N: 2 ** 10, r: 8, p: 1 } },
    { mounts: [] },
  )
  const slot = new SessionSlot()
  try {
    await call(core, slot, 'setup.init', {
      unit: { code: '330621', name: '示例县委统战部' },
      admin: { username: 'admin', displayName: '管理员', password: 'Passw0rd-admin' },
    })
    const t0 = performance.now()
    const cpu0 = process.cpuUsage()
    const loaded = await call(core, slot, 'persons.loadDemo', { scale, seed: SEED })
    const insertMs = performance.now() - t0
    const insertCpu = process.cpuUsage(cpu0).user / 1000
    core.database.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    const mb = statSync(join(dir, 'xinlian.db')).size / 1e6
    rows.push({
      scale: label,
      what: `insert ${loaded.inserted} persons (demo, one transaction)`,
      p50: insertMs,
      p95: insertMs,
      max: insertMs,
      note: `database ${mb.toFixed(0)} MB; cpu ${(insertCpu / 1000).toFixed(1)} s`,
    })

    const b0 = performance.now()
    personListIndex(core.database.sqlite)
    const buildMs = performance.now() - b0
    rows.push({
      scale: label,
      what: 'list index build (first list after start)',
      p50: buildMs,
      p95: buildMs,
      max: buildMs,
    })

    const s = sample(core, QUERIES)
    const q = (f: (p: (typeof s)[number], i: number) => string) =>
      s.map((p, i) => ({ query: f(p, i), limit: 20 }))
    const chars = (p: (typeof s)[number]) => [...p.name]
    await measure(
      core,
      slot,
      label,
      'search 1 char (surname)',
      'persons.search',
      q((p) => chars(p)[0]!),
      avgHits,
    )
    await measure(
      core,
      slot,
      label,
      'search 1 char (given name)',
      'persons.search',
      q((p) => chars(p).at(-1)!),
      avgHits,
    )
    await measure(
      core,
      slot,
      label,
      'search 2 chars',
      'persons.search',
      q((p) => chars(p).slice(-2).join('')),
      avgHits,
    )
    await measure(
      core,
      slot,
      label,
      'search 3 chars',
      'persons.search',
      q((p) => (chars(p).length >= 3 ? chars(p).slice(0, 3).join('') : `${p.name}有`)),
      avgHits,
    )
    await measure(
      core,
      slot,
      label,
      'search pinyin initials',
      'persons.search',
      q((p) => p.name_initials),
      avgHits,
    )
    await measure(
      core,
      slot,
      label,
      'search full pinyin',
      'persons.search',
      q((p) => p.name_py),
      avgHits,
    )
    await measure(
      core,
      slot,
      label,
      'search pinyin prefix',
      'persons.search',
      q((p) => p.name_py.slice(0, Math.max(2, p.name_py.length - 2))),
      avgHits,
    )
    await measure(
      core,
      slot,
      label,
      'search phone tail (4)',
      'persons.search',
      q((p) => p.phone.slice(-4)),
      avgHits,
    )
    await measure(
      core,
      slot,
      label,
      'search ID tail (6)',
      'persons.search',
      q((p) => p.id_number.slice(-6)),
      avgHits,
    )
    await measure(
      core,
      slot,
      label,
      'search employer (4 chars)',
      'persons.search',
      q((_, i) => ['有限公司', '律师事务', '文化传媒', '公益基金'][i % 4]!),
      avgHits,
    )

    const total = (await call(core, slot, 'persons.count', {})).count
    const pages = Math.floor(total / 50)
    const sorts = ['name', 'birthDate', 'updatedAt', 'createdAt'] as const
    const list = (f: (i: number) => Partial<Input<'persons.list'>>) =>
      Array.from(
        { length: QUERIES },
        (_, i) => ({ pageSize: 50, ...f(i) }) as Input<'persons.list'>,
      )
    await measure(
      core,
      slot,
      label,
      'list first page, no filter',
      'persons.list',
      list((i) => ({ sort: sorts[i % 4] })),
      avgTotal,
    )
    await measure(
      core,
      slot,
      label,
      'list deep page (random, up to last)',
      'persons.list',
      list((i) => ({
        sort: sorts[i % 4],
        order: i % 2 ? 'desc' : 'asc',
        page: 1 + ((i * 7919) % pages),
      })),
      avgTotal,
    )
    const filters = (i: number): Partial<Input<'persons.list'>> =>
      (
        [
          { statuses: ['1'] },
          { categories: ['41'], townships: [String(1 + (i % 14)).padStart(3, '0')] },
          { teams: ['1', '2'], politicalStatuses: ['01'] },
          { ageMin: 35, ageMax: 45, statuses: ['1'], sexes: ['2'] },
          { seat: 'any' },
          { categories: ['2'], talentLevels: ['1', '2'], statuses: ['1'] },
        ] as Partial<Input<'persons.list'>>[]
      )[i % 6]!
    await measure(
      core,
      slot,
      label,
      'list filtered, first page',
      'persons.list',
      list((i) => ({ ...filters(i), sort: sorts[i % 4] })),
      avgTotal,
    )
    await measure(
      core,
      slot,
      label,
      'list filtered, deep page',
      'persons.list',
      list((i) => ({
        ...filters(i),
        sort: sorts[i % 4],
        order: 'desc',
        page: 1 + ((i * 31) % 200) * 10,
      })),
      avgTotal,
    )
    await measure(
      core,
      slot,
      label,
      'list + 1-char query, relevance',
      'persons.list',
      list((i) => ({ query: [...s[i]!.name][0], sort: 'relevance', statuses: ['1'] })),
      avgTotal,
    )
    await measure(
      core,
      slot,
      label,
      'list + 2-char query + filter',
      'persons.list',
      list((i) => ({ query: [...s[i]!.name].slice(-2).join(''), categories: ['11'] })),
      avgTotal,
    )
    await measure(
      core,
      slot,
      label,
      'list + initials query, page 3',
      'persons.list',
      list((i) => ({ query: s[i]!.name_initials, page: 3 })),
      avgTotal,
    )
    await measure(
      core,
      slot,
      label,
      'count, filtered',
      'persons.count',
      Array.from({ length: QUERIES }, (_, i) => filters(i) as Input<'persons.count'>),
    )

    // An edit, then the list: the index patches itself from change_log.
    const victim = (await call(core, slot, 'persons.list', { pageSize: 1 })).items[0]!
    const edits: number[] = []
    for (let i = 0; i < 20; i++) {
      await call(core, slot, 'persons.update', { id: victim.id, jobTitle: `职务${i}` })
      const e0 = performance.now()
      await call(core, slot, 'persons.list', { sort: 'updatedAt', order: 'desc', pageSize: 50 })
      edits.push(performance.now() - e0)
    }
    edits.sort((a, b) => a - b)
    rows.push({
      scale: label,
      what: 'list right after an edit (index patch)',
      p50: percentile(edits, 50),
      p95: percentile(edits, 95),
      max: edits.at(-1)!,
    })
  } finally {
    core.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

function print() {
  console.log(
    `\nload average during the run: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} (2 cores)`,
  )
  const fmt = (n: number) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n.toFixed(2)} ms`)
  const w = Math.max(...rows.map((r) => r.what.length)) + 2
  console.log(
    `\n${'scale'.padEnd(6)}${'what'.padEnd(w)}${'p50'.padStart(11)}${'p95'.padStart(11)}${'max'.padStart(11)}  note`,
  )
  for (const r of rows) {
    console.log(
      `${r.scale.padEnd(6)}${r.what.padEnd(w)}${fmt(r.p50).padStart(11)}${fmt(r.p95).padStart(11)}${fmt(r.max).padStart(11)}  ${r.note ?? ''}`,
    )
  }
}

const wanted = process.argv.slice(2) as DemoScale[]
for (const scale of wanted.length ? wanted : (['city', 'province'] as DemoScale[])) {
  await benchScale(scale)
  print()
  rows.length = 0
}
