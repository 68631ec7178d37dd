import { ORG_KIND_FAMILY, type Organization } from '../../../../shared/contract/organizations'

export interface OrgNode extends Organization {
  /** Absent on a leaf, so a tree table shows no expand button there. */
  children?: OrgNode[]
}

/**
 * Nests the flat tree (parents before children, as organizations.tree answers) for a tree
 * table. With `keep`, organizations left out vanish and their kept descendants move up to
 * the nearest kept ancestor (or become roots).
 */
export function nestOrganizations(
  orgs: readonly Organization[],
  keep: (o: Organization) => boolean = () => true,
): OrgNode[] {
  const byId = new Map(orgs.map((o) => [o.id, o]))
  const nodes = new Map<string, OrgNode>()
  const roots: OrgNode[] = []
  for (const o of orgs) {
    if (!keep(o)) continue
    const node: OrgNode = { ...o }
    nodes.set(o.id, node)
    let parentId = o.parentId
    while (parentId && !nodes.has(parentId)) parentId = byId.get(parentId)?.parentId ?? null
    const parent = parentId ? nodes.get(parentId) : undefined
    if (parent) (parent.children ??= []).push(node)
    else roots.push(node)
  }
  // 新联会 first, then 服务团, bases and the rest; within a family the core's order stands.
  const rank = (o: Organization) => FAMILY_ORDER.indexOf(ORG_KIND_FAMILY[o.kind] as OrgFamily)
  return roots
    .map((n, i) => ({ n, i }))
    .sort((a, b) => rank(a.n) - rank(b.n) || a.i - b.i)
    .map((x) => x.n)
}

export type OrgFamily = 'association' | 'service' | 'base' | 'other'
export const FAMILY_ORDER: readonly OrgFamily[] = ['association', 'service', 'base', 'other']

export const inFamily = (family: OrgFamily | 'all') => (o: Organization) =>
  family === 'all' || ORG_KIND_FAMILY[o.kind] === family

export interface OrgTreeOption {
  value: string
  title: string
  disabled?: boolean
  children?: OrgTreeOption[]
}

/**
 * Options of a TreeSelect picking an organization. `exclude` (an organization being edited)
 * and its whole subtree are disabled: nothing may become its own ancestor.
 */
export function orgTreeOptions(orgs: readonly Organization[], exclude?: string): OrgTreeOption[] {
  const toOption = (n: OrgNode, blocked: boolean): OrgTreeOption => {
    const off = blocked || n.id === exclude
    return {
      value: n.id,
      title: n.name,
      ...(off ? { disabled: true } : {}),
      ...(n.children ? { children: n.children.map((c) => toOption(c, off)) } : {}),
    }
  }
  return nestOrganizations(orgs).map((n) => toOption(n, false))
}

/** Every id of the nested tree: a tree table opened all the way down. */
export function allIds(nodes: readonly OrgNode[]): string[] {
  return nodes.flatMap((n) => [n.id, ...allIds(n.children ?? [])])
}
