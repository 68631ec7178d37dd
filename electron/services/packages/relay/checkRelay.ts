import type BetterSqlite3 from 'better-sqlite3'
import { relayText } from '../../../../shared/i18n/relay'
import { REPORT_ENTRY, manifestSchema } from '../../../../shared/packages/format'
import {
  RELAY_ENTRY_TABLE,
  relayEvidenceSchema,
  type RelayEvidence,
} from '../../../../shared/packages/relay'
import { sha256Hex, verifyBytes } from '../crypto/keys'
import { PackageRefusal } from '../refusal'
import { readKeyCard } from '../units/keyCard'
import { relationOf } from '../units/registerCard'
import { levelOfRegionCode, type UnitLevel } from '../../../../shared/units/regionCode'
import { parseReport, type VerifiedPackage } from '../verifyPackage'

export interface CheckedEvidence extends RelayEvidence {
  /** The county's signature over its manifest checked against a card the city vouched for. */
  signatureVerified: boolean
}

/** Whose rows a package may write here, and the relay evidence that allowed them. */
export interface RelayCheck {
  sites: Set<string>
  evidence: CheckedEvidence[]
  /** Units relayed by this sender: known before, or vouched for by this package. */
  relayedUnits: { unitId: string; code: string; name: string; level: UnitLevel }[]
  /**
   * Earlier ids of counties this city relays that were set up afresh and registered again at
   * the city: retired here as the city retired them, their rows kept under the old name.
   */
  retiredUnits: string[]
}

function parseEvidence(data: Buffer | undefined): RelayEvidence[] {
  if (!data?.length) return []
  const out: RelayEvidence[] = []
  for (const line of data.toString('utf8').split('\n')) {
    if (!line.trim()) continue
    let parsed: ReturnType<typeof relayEvidenceSchema.safeParse>
    try {
      parsed = relayEvidenceSchema.safeParse(JSON.parse(line))
    } catch {
      throw new PackageRefusal('damaged')
    }
    if (!parsed.success) throw new PackageRefusal('damaged')
    out.push(parsed.data)
  }
  return out
}

/**
 * One evidence line checked: the cards are the county's own (self-signed, naming it), and the
 * manifest, when the city kept it, is that package's, addressed to the relaying city, and
 * signed by one of those cards.
 */
function checkEvidence(e: RelayEvidence, relayer: { code: string }): CheckedEvidence {
  const refuse = () =>
    new PackageRefusal('damaged', undefined, relayText.badEvidence(e.sender.code, e.sender.name))
  const cards = e.cards.map((text) => {
    try {
      return readKeyCard(text).body
    } catch {
      throw refuse()
    }
  })
  if (!cards.length || cards.some((c) => c.unit.unitId !== e.sender.unitId)) throw refuse()
  if (e.manifest === null || e.signature === null) {
    return { ...e, report: null, signatureVerified: false }
  }
  let manifest: ReturnType<typeof manifestSchema.safeParse>
  try {
    manifest = manifestSchema.safeParse(JSON.parse(e.manifest))
  } catch {
    throw refuse()
  }
  const m = manifest.data
  if (
    !m ||
    m.packageId !== e.packageId ||
    m.sender.unitId !== e.sender.unitId ||
    m.receiver.code !== relayer.code
  ) {
    throw refuse()
  }
  const card = cards.find((c) => c.fingerprint === m.sender.keyFingerprint)
  if (!card || !verifyBytes(card.signPublic, Buffer.from(e.manifest, 'utf8'), e.signature)) {
    throw refuse()
  }
  // The county's warnings are shown as the county's only when they are what it signed; a
  // package the city kept before it stored report.json as received shows none.
  const signedReport = m.entries.find((x) => x.name === REPORT_ENTRY)?.sha256
  const bytes = e.report == null ? null : Buffer.from(e.report, 'utf8')
  const report = bytes && sha256Hex(bytes) === signedReport ? e.report : null
  if (bytes && report) parseReport(bytes)
  return { ...e, report, signatureVerified: true }
}

/**
 * The site_id values of a package's rows, read from the NDJSON without parsing each line: a
 * key in quotes followed by a quoted value only occurs as structure, since quotes inside JSON
 * strings are escaped. Format 2's person lines are arrays (PERSON_LINE_COLUMNS): their site is
 * the value after the id at the start of a line, or — in a column order this app never
 * writes — the line is parsed.
 */
function rowSites(pkg: VerifiedPackage): Set<string> {
  const sites = new Set<string>()
  for (const table of pkg.data.tables()) {
    if (table === RELAY_ENTRY_TABLE) continue
    // Kept: the apply reads the same entries next.
    const text = pkg.data.get(table)!.toString('utf8')
    for (const match of text.matchAll(OBJECT_SITE)) sites.add(match[1]!)
    if (!ARRAY_LINE.test(text)) continue
    const columns = pkg.manifest.tables[table]?.columns ?? []
    if (columns[0] === 'id' && columns[1] === 'site_id') {
      for (const match of text.matchAll(ARRAY_SITE)) sites.add(match[1]!)
      continue
    }
    const at = columns.indexOf('site_id')
    for (const line of text.split('\n')) {
      if (!line.startsWith('[')) continue
      const site = parsedOrNull(line)?.[at]
      if (typeof site === 'string') sites.add(site)
    }
  }
  return sites
}

const OBJECT_SITE = /"site_id":"([^"\\]{1,64})"/g
const ARRAY_LINE = /^\[/m
const ARRAY_SITE = /^\["(?:[^"\\]|\\.)*","([^"\\]{1,64})"/gm

function parsedOrNull(line: string): unknown[] | null {
  try {
    const parsed: unknown = JSON.parse(line)
    return Array.isArray(parsed) ? parsed : null
  } catch {
    return null
  }
}

/**
 * UPWARD.md "Relay": a city may bring here the rows of the counties registered below it
 * (their region codes under its own, their key cards and signed manifests relayed as
 * evidence), and of the counties whose rows it
 * relayed before; a county known here through another unit, or a unit this province
 * registered itself, may not come through it. A package without relay evidence from a sender
 * that never relayed keeps the old rule: rows not the sender's are turned down one by one.
 */
export function checkRelay(sqlite: BetterSqlite3.Database, pkg: VerifiedPackage): RelayCheck {
  const sender = pkg.manifest.sender
  const lines = parseEvidence(pkg.data.get(RELAY_ENTRY_TABLE))
  const unitOf = sqlite.prepare(
    `SELECT id, code, name, level, relation, via_unit_id AS via FROM units
      WHERE (id = ? OR code = ?) AND deleted_at IS NULL`,
  )
  const labelOf = sqlite.prepare('SELECT code, name FROM units WHERE id = ?')
  const known = sqlite
    .prepare(
      "SELECT id AS unitId, code, name, level FROM units WHERE via_unit_id = ? AND relation = 'relayed'",
    )
    .all(sender.unitId) as RelayCheck['relayedUnits']
  const relayed = new Map(known.map((u) => [u.unitId, u]))
  const senderUnit = {
    id: sender.unitId,
    code: sender.code,
    name: sender.name,
    level: sender.level,
  }
  const retired: string[] = []
  for (const e of lines) {
    if (relayed.has(e.sender.unitId)) continue
    // The region codes say who may sit below the city, as they did when it registered the card.
    if (relationOf(senderUnit, e.sender.code) !== 'lower') {
      throw new PackageRefusal(
        'senderNotBelow',
        undefined,
        relayText.notBelow(e.sender.code, e.sender.name, sender.code, sender.name),
      )
    }
    const here = unitOf.all(e.sender.unitId, e.sender.code) as {
      id: string
      relation: string
      via: string | null
    }[]
    for (const u of here) {
      // The same county, set up afresh on a new PC: the city that always relayed it registered
      // its new card (confirming the replacement, fingerprint typed) and vouches for it now.
      if (u.relation === 'relayed' && u.via === sender.unitId && u.id !== e.sender.unitId) {
        retired.push(u.id)
        continue
      }
      if (u.relation !== 'relayed' || u.id !== e.sender.unitId) {
        throw new PackageRefusal(
          'senderNotBelow',
          undefined,
          relayText.notBelow(e.sender.code, e.sender.name, sender.code, sender.name),
        )
      }
      if (u.via && u.via !== sender.unitId) {
        const via = labelOf.get(u.via) as { code: string; name: string } | undefined
        throw new PackageRefusal(
          'senderNotBelow',
          undefined,
          relayText.viaOther(e.sender.code, e.sender.name, via ? `${via.code} ${via.name}` : u.via),
        )
      }
    }
    relayed.set(e.sender.unitId, {
      unitId: e.sender.unitId,
      code: e.sender.code,
      name: e.sender.name,
      level: levelOfRegionCode(e.sender.code) ?? 'county',
    })
  }
  // Who may come through this city is settled; now what each county signed.
  const evidence = lines.map((e) => checkEvidence(e, sender))
  const sites = new Set([sender.unitId, ...relayed.keys()])
  if (relayed.size) {
    for (const site of rowSites(pkg)) {
      if (!sites.has(site)) {
        throw new PackageRefusal(
          'senderNotBelow',
          undefined,
          relayText.foreignRows(sender.code, sender.name),
        )
      }
    }
  }
  return {
    sites,
    evidence,
    relayedUnits: [...relayed.values()].filter((u) => !retired.includes(u.unitId)),
    retiredUnits: retired,
  }
}
