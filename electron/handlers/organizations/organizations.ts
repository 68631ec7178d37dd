import { activitiesOfOrganization } from '../../../db/repos/activities'
import { findDictionaryRow } from '../../../db/repos/dictionaries'
import { softDeleteMemberships } from '../../../db/repos/memberships'
import {
  countLiveChildren,
  findOrganizationRow,
  findSiblingByName,
  insertOrganization,
  softDeleteOrganization,
  updateOrganization,
  type OrganizationRow,
} from '../../../db/repos/organizations'
import { findPerson } from '../../../db/repos/persons'
import { siteIdsOf } from '../../services/units/siteIdsOf'
import type { Input, OrganizationFields } from '../../../shared/contract'
import { normalizeDate } from '../../../shared/dates/normalizeDate'
import { uuidv7 } from '../../../shared/ids/uuidv7'
import {
  organizationAuditText as audit,
  organizationFieldLabels as labels,
  organizationMessages as msg,
} from '../../../shared/i18n/organizations'
import { AppError } from '../../core/appError'
import type { HandlerContext } from '../../core/context'
import type { DomainHandlers } from '../../core/handlerTypes'
import { loadForest, organizationFields } from './organizationsShared'
import { selfUnitId } from '../persons/personsShared'
import { assertOwnedRow } from '../units/ownership'

type Draft = Input<'organizations.create'>

/** Optional dates as the persons register keeps them: YYYY, YYYY-MM or YYYY-MM-DD. */
function optionalDate(value: string | null | undefined, label: string): string | null {
  if (!value) return null
  const d = normalizeDate(value)
  if (!d.value) throw new AppError('BAD_INPUT', msg.badDate(label))
  return d.value
}

/** Checks a complete draft and answers it as table columns. */
async function prepare(
  ctx: HandlerContext,
  f: OrganizationFields,
  self: { id: string; subtree: string[] } | null,
): Promise<Omit<OrganizationRow, 'id' | 'site_id' | 'created_at' | 'updated_at' | 'deleted_at'>> {
  if (f.parentId) {
    if (!(await findOrganizationRow(ctx.db, f.parentId)))
      throw new AppError('BAD_INPUT', msg.parentMissing)
    if (self?.subtree.includes(f.parentId)) throw new AppError('BAD_INPUT', msg.parentCycle)
  }
  let leaderName = f.leaderName || null
  if (f.leaderPersonId) {
    const leader = await findPerson(ctx.db, f.leaderPersonId)
    if (!leader || leader.deletedAt) throw new AppError('BAD_INPUT', msg.leaderMissing)
    leaderName = leader.fields.name
  }
  if (f.township && !(await findDictionaryRow(ctx.db, 'township', f.township)))
    throw new AppError('BAD_INPUT', msg.townshipMissing(f.township))
  return {
    parent_id: f.parentId || null,
    kind: f.kind,
    name: f.name,
    short_name: f.shortName || null,
    level: f.level ?? null,
    founded_on: optionalDate(f.foundedOn, labels.foundedOn!),
    session_no: f.sessionNo || null,
    registration: f.registration ?? null,
    annual_review: f.annualReview || null,
    service_field: f.serviceField || null,
    leader_person_id: f.leaderPersonId || null,
    leader_name: leaderName,
    host_type: f.hostType ?? null,
    host_org: f.hostOrg || null,
    named_on: optionalDate(f.namedOn, labels.namedOn!),
    batch: f.batch || null,
    people_covered: f.peopleCovered ?? null,
    township: f.township || null,
    exclusive: f.exclusive ? 1 : 0,
    sort: f.sort,
    remarks: f.remarks || null,
  }
}

function draftFields(d: Partial<Draft>, base: OrganizationFields | null): OrganizationFields {
  const merged = { ...(base ?? {}) } as Record<string, unknown>
  for (const [k, v] of Object.entries(d)) if (v !== undefined) merged[k] = v
  const f = merged as unknown as OrganizationFields
  return { ...f, exclusive: !!f.exclusive, sort: f.sort ?? 0 }
}

async function answer(ctx: HandlerContext, id: string) {
  const forest = await loadForest(ctx)
  return forest.ordered.find((o) => o.id === id)!
}

async function owned(ctx: HandlerContext, id: string): Promise<OrganizationRow> {
  const row = await findOrganizationRow(ctx.db, id)
  if (!row) throw new AppError('NOT_FOUND')
  await assertOwnedRow(ctx, row.site_id, 'organizations')
  return row
}

async function assertNameFree(
  ctx: HandlerContext,
  siteId: string,
  f: OrganizationFields,
  id?: string,
) {
  const clash = await findSiblingByName(ctx.db, siteId, f.parentId || null, f.name)
  if (clash && clash.id !== id) throw new AppError('CONFLICT', msg.nameTaken(f.name))
}

export const organizationsHandlers: DomainHandlers<
  | 'organizations.tree'
  | 'organizations.get'
  | 'organizations.create'
  | 'organizations.update'
  | 'organizations.delete'
> = {
  'organizations.tree': async (ctx, { units }) => {
    const { ordered } = await loadForest(ctx)
    if (!units?.length) return ordered
    const sites = new Set(siteIdsOf(ctx.sqlite, units))
    return ordered.filter((o) => sites.has(o.siteId))
  },

  'organizations.get': async (ctx, { id }) => {
    const forest = await loadForest(ctx)
    const org = forest.ordered.find((o) => o.id === id)
    if (!org) throw new AppError('NOT_FOUND')
    const ancestors: { id: string; name: string }[] = []
    for (let p = forest.byId.get(id)?.parent_id; p && forest.byId.has(p);) {
      const row = forest.byId.get(p)!
      ancestors.unshift({ id: row.id, name: row.name })
      p = row.parent_id
      if (ancestors.length > 100) break
    }
    const childIds = new Set((forest.children.get(id) ?? []).map((c) => c.id))
    return { ...org, ancestors, children: forest.ordered.filter((o) => childIds.has(o.id)) }
  },

  'organizations.create': async (ctx, input) => {
    const siteId = await selfUnitId(ctx)
    const fields = draftFields(input, null)
    const values = await prepare(ctx, fields, null)
    await assertNameFree(ctx, siteId, fields)
    const id = uuidv7(ctx.clock.nowMs())
    const stamp = ctx.clock.hlc()
    await insertOrganization(ctx.db, {
      id,
      site_id: siteId,
      created_at: stamp,
      updated_at: stamp,
      deleted_at: null,
      ...values,
    })
    ctx.note({ objectType: 'organization', objectId: id, detail: audit.created(fields.name) })
    return answer(ctx, id)
  },

  'organizations.update': async (ctx, { id, version, ...patch }) => {
    const row = await owned(ctx, id)
    if (version && version !== row.updated_at) throw new AppError('CONFLICT', msg.staleVersion)
    const forest = await loadForest(ctx)
    const fields = draftFields(patch, organizationFields(row))
    const values = await prepare(ctx, fields, { id, subtree: forest.subtree(id) })
    await assertNameFree(ctx, row.site_id, fields, id)
    await updateOrganization(ctx.db, row, values, ctx.clock.hlc())
    ctx.note({ objectType: 'organization', objectId: id, detail: audit.updated(fields.name) })
    return answer(ctx, id)
  },

  'organizations.delete': async (ctx, { id }) => {
    const row = await owned(ctx, id)
    const children = await countLiveChildren(ctx.db, id)
    if (children > 0) throw new AppError('CONFLICT', msg.hasChildren(children))
    const held = await activitiesOfOrganization(ctx.db, id)
    if (held > 0) throw new AppError('CONFLICT', msg.hasActivities(held))
    const stamp = ctx.clock.hlc()
    const members = softDeleteMemberships(ctx.sqlite, { organizationId: id }, stamp)
    await softDeleteOrganization(ctx.db, row, stamp)
    ctx.note({ objectType: 'organization', objectId: id, detail: audit.deleted(row.name, members) })
    return null
  },
}
