import { listOrganizationRows, type OrganizationRow } from '../../../db/repos/organizations'
import { currentMembershipPairs, memberCounts } from '../../../db/repos/memberships'
import { selfUnit } from '../../../db/repos/units'
import {
  ORG_KIND_FAMILY,
  type CrossMembershipWarning,
  type Organization,
  type OrganizationFields,
  type OrgKind,
} from '../../../shared/contract/organizations'
import { organizationMessages as msg } from '../../../shared/i18n/organizations'
import type { HandlerContext } from '../../core/context'
import { KeptUntilWrite } from '../../services/keptUntilWrite'
import { hlcToIso } from '../../services/persons/stamps'
import { todayOf } from '../persons/personsShared'

export function organizationFields(row: OrganizationRow): OrganizationFields {
  return {
    parentId: row.parent_id,
    kind: row.kind as OrgKind,
    name: row.name,
    shortName: row.short_name,
    level: row.level as OrganizationFields['level'],
    foundedOn: row.founded_on,
    sessionNo: row.session_no,
    registration: row.registration as OrganizationFields['registration'],
    annualReview: row.annual_review,
    serviceField: row.service_field,
    leaderPersonId: row.leader_person_id,
    leaderName: row.leader_name,
    hostType: row.host_type as OrganizationFields['hostType'],
    hostOrg: row.host_org,
    namedOn: row.named_on,
    batch: row.batch,
    peopleCovered: row.people_covered,
    township: row.township,
    exclusive: row.exclusive === 1,
    sort: row.sort,
    remarks: row.remarks,
  }
}

/** The live organizations as a tree, with the lookups the handlers need. */
export interface OrgForest {
  byId: Map<string, OrganizationRow>
  children: Map<string | null, OrganizationRow[]>
  /** Every organization in tree order: parents first, siblings by sort then name. */
  ordered: Organization[]
  /** The ids of an organization and everything below it. */
  subtree(id: string): string[]
  rootOf(id: string): string
  pathOf(id: string): string[]
}

/**
 * The zh-CN collation of localeCompare, built once: localeCompare with a locale sets one up
 * per call, which made sorting a province's 5,000 organizations take a quarter second.
 */
const byName = new Intl.Collator('zh-CN')

const forests = new KeptUntilWrite<OrgForest>()

/**
 * The forest as of the committed data, built once per change: every organization screen and
 * picker asks for it, and at a province (5,000 organizations, member counts over a million
 * persons) building it took 40–60 ms. Kept forests are frozen: callers share them.
 */
export function loadForest(ctx: HandlerContext): Promise<OrgForest> {
  const today = todayOf(ctx)
  return forests.get(ctx.sqlite, today, async () => frozen(await buildForest(ctx, today)))
}

function frozen(forest: OrgForest): OrgForest {
  for (const o of forest.ordered) {
    Object.freeze(o.path)
    Object.freeze(o)
  }
  Object.freeze(forest.ordered)
  for (const r of forest.byId.values()) Object.freeze(r)
  for (const list of forest.children.values()) Object.freeze(list)
  return forest
}

async function buildForest(ctx: HandlerContext, today: string): Promise<OrgForest> {
  const rows = await listOrganizationRows(ctx.db)
  const byId = new Map(rows.map((r) => [r.id, r]))
  const children = new Map<string | null, OrganizationRow[]>()
  for (const r of rows) {
    // A parent deleted elsewhere (or not yet arrived in a package) leaves a root.
    const parent = r.parent_id && byId.has(r.parent_id) ? r.parent_id : null
    const list = children.get(parent)
    if (list) list.push(r)
    else children.set(parent, [r])
  }
  for (const list of children.values())
    list.sort((a, b) => a.sort - b.sort || byName.compare(a.name, b.name))

  const selfId = (await selfUnit(ctx.db))?.id ?? null
  const unitCodes = new Map(
    (ctx.sqlite.prepare('SELECT id, code FROM units').all() as { id: string; code: string }[]).map(
      (u) => [u.id, u.code],
    ),
  )
  const counts = memberCounts(ctx.sqlite, today)
  const ordered: Organization[] = []
  const depthOf = new Map<string, number>()
  const pathMap = new Map<string, string[]>()
  const walk = (parent: string | null, depth: number, path: string[]) => {
    for (const r of children.get(parent) ?? []) {
      const p = [...path, r.name]
      depthOf.set(r.id, depth)
      pathMap.set(r.id, p)
      ordered.push({
        ...organizationFields(r),
        id: r.id,
        siteId: r.site_id,
        unitCode: unitCodes.get(r.site_id) ?? '',
        ownedHere: r.site_id === selfId,
        version: r.updated_at,
        createdAt: hlcToIso(r.created_at),
        updatedAt: hlcToIso(r.updated_at),
        depth,
        path: p,
        memberCount: counts.get(r.id) ?? 0,
        childCount: children.get(r.id)?.length ?? 0,
      })
      walk(r.id, depth + 1, p)
    }
  }
  walk(null, 0, [])

  const subtree = (id: string): string[] => {
    const out = [id]
    for (let i = 0; i < out.length; i++) for (const c of children.get(out[i]!) ?? []) out.push(c.id)
    return out
  }
  const rootOf = (id: string): string => {
    let cur = byId.get(id)
    const seen = new Set<string>()
    while (cur?.parent_id && byId.has(cur.parent_id) && !seen.has(cur.id)) {
      seen.add(cur.id)
      cur = byId.get(cur.parent_id)
    }
    return cur?.id ?? id
  }
  return {
    byId,
    children,
    ordered,
    subtree,
    rootOf,
    pathOf: (id) => pathMap.get(id) ?? [byId.get(id)?.name ?? ''],
  }
}

/**
 * Cross-membership: a person currently in an organization marked exclusive who is also in
 * another organization of the same family (新联会 and 新联会, 服务团 and 服务团) outside its
 * own tree. Branches of the same association are one tree and never clash.
 */
export function crossMembershipWarnings(
  ctx: HandlerContext,
  forest: OrgForest,
  personIds: readonly string[] | null,
): CrossMembershipWarning[] {
  const pairs = currentMembershipPairs(ctx.sqlite, personIds, todayOf(ctx))
  const byPerson = new Map<string, { name: string; orgs: Set<string> }>()
  for (const p of pairs) {
    if (!forest.byId.has(p.organization_id)) continue
    let entry = byPerson.get(p.person_id)
    if (!entry) byPerson.set(p.person_id, (entry = { name: p.person_name, orgs: new Set() }))
    entry.orgs.add(p.organization_id)
  }
  const warnings: CrossMembershipWarning[] = []
  for (const [personId, { name, orgs }] of byPerson) {
    if (orgs.size < 2) continue
    for (const e of orgs) {
      const exclusive = forest.byId.get(e)!
      if (exclusive.exclusive !== 1) continue
      const family = ORG_KIND_FAMILY[exclusive.kind as OrgKind]
      const seenRoots = new Set<string>()
      for (const o of orgs) {
        const other = forest.byId.get(o)!
        const root = forest.rootOf(o)
        if (
          o === e ||
          root === forest.rootOf(e) ||
          ORG_KIND_FAMILY[other.kind as OrgKind] !== family
        )
          continue
        // One warning per other tree: a member of three branches of it is one clash.
        if (seenRoots.has(root)) continue
        seenRoots.add(root)
        warnings.push({
          personId,
          personName: name,
          organizationId: e,
          organizationName: exclusive.name,
          otherOrganizationId: o,
          otherOrganizationName: other.name,
          message: msg.crossMembership(name, exclusive.name, other.name),
        })
      }
    }
  }
  return warnings.sort(
    (a, b) =>
      a.personName.localeCompare(b.personName, 'zh-CN') ||
      a.organizationName.localeCompare(b.organizationName, 'zh-CN'),
  )
}
