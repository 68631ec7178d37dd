import type { UnitLevel } from '../units/regionCode'
// The attribute lets Node's own ESM loader (Playwright, tsx) read the table as Vite does.
import data from './regions.json' with { type: 'json' }

/** A GB/T 2260 region at county level or above. */
export interface Region {
  code: string
  name: string
  level: UnitLevel
  /** The unit above; null for a province. Municipal districts and province-administered
   *  county-level cities (429004 仙桃市) hang directly from the province. */
  parent: string | null
}

/** Where the table came from (package and edition), for the about page. */
export const REGIONS_SOURCE: string = data.source

let byCode: Map<string, Region> | null = null
let children: Map<string | null, Region[]> | null = null

function load(): Map<string, Region> {
  if (!byCode) {
    byCode = new Map()
    children = new Map()
    for (const [code, name, level, parent] of data.rows as [
      string,
      string,
      UnitLevel,
      string | null,
    ][]) {
      const region: Region = { code, name, level, parent }
      byCode.set(code, region)
      const siblings = children.get(parent)
      if (siblings) siblings.push(region)
      else children.set(parent, [region])
    }
  }
  return byCode
}

/** Every region, ordered by code. */
export function allRegions(): Region[] {
  return [...load().values()]
}

export function regionByCode(code: string | null | undefined): Region | null {
  if (!code) return null
  return load().get(code) ?? null
}

/** The region and the units above it, top first: [浙江省, 绍兴市, 新昌县]. Empty if unknown. */
export function regionPath(code: string | null | undefined): Region[] {
  const path: Region[] = []
  let region = regionByCode(code)
  while (region) {
    path.unshift(region)
    region = regionByCode(region.parent)
  }
  return path
}

/** Full name with the units above, as written on forms: 浙江省 绍兴市 新昌县. Null if unknown. */
export function regionName(code: string | null | undefined): string | null {
  const path = regionPath(code)
  return path.length ? path.map((r) => r.name).join(' ') : null
}

/** Units directly under a region, ordered by code; the provinces for null. */
export function childrenOf(code: string | null): Region[] {
  load()
  return [...(children!.get(code) ?? [])]
}

export function provinces(): Region[] {
  return childrenOf(null)
}
