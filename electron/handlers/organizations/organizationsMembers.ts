import {
  findMembershipRow,
  insertMemberships,
  membershipsOfOrganizations,
  membershipsOfPerson,
  personsWithMembership,
  softDeleteMemberships,
  updateMembership,
  type MembershipJoinedRow,
} from '../../../db/repos/memberships'
import { findOrganizationRow } from '../../../db/repos/organizations'
import { livePersonIds } from '../../../db/repos/participantsPersonLookup'
import type { Membership } from '../../../shared/contract/organizations'
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
import { dictionaryEntries, usableEntry } from '../activities/activitiesLocalDictionary'
import { ORG_POSTS } from './organizationsPosts'
import { crossMembershipWarnings, loadForest, type OrgForest } from './organizationsShared'
import { selfUnitId, todayOf } from '../persons/personsShared'
import { assertOwnedRow } from '../units/ownership'

function optionalDate(value: string | null | undefined, label: string): string | null {
  if (!value) return null
  const d = normalizeDate(value)
  if (!d.value) throw new AppError('BAD_INPUT', msg.badDate(label))
  return d.value
}

/** Memberships as lists show them: officers first (post order) unless told, then as given. */
export async function toMemberships(
  ctx: HandlerContext,
  forest: OrgForest,
  rows: MembershipJoinedRow[],
  byPost = true,
): Promise<Membership[]> {
  const posts = await dictionaryEntries(ctx, ORG_POSTS)
  const postOrder = new Map(posts.map((p, i) => [p.code, i]))
  const postName = new Map(posts.map((p) => [p.code, p.name]))
  const today = todayOf(ctx)
  return rows
    .map((r, i) => ({ r, i }))
    .sort(
      (a, b) =>
        (byPost ? (postOrder.get(a.r.post) ?? 999) - (postOrder.get(b.r.post) ?? 999) : 0) ||
        a.i - b.i,
    )
    .map(({ r }) => ({
      id: r.id,
      organizationId: r.organization_id,
      organizationName: forest.byId.get(r.organization_id)?.name ?? '',
      organizationPath: forest.pathOf(r.organization_id).join(' / '),
      personId: r.person_id,
      personName: r.person_name,
      personSex: r.person_sex,
      personEmployer: r.person_employer,
      personJobTitle: r.person_job_title,
      post: r.post,
      postName: postName.get(r.post) ?? r.post,
      term: r.term,
      startDate: r.start_date,
      endDate: r.end_date,
      active: r.end_date === null || r.end_date >= today,
      remarks: r.remarks,
      version: r.updated_at,
    }))
}

async function ownedMembership(ctx: HandlerContext, id: string) {
  const row = await findMembershipRow(ctx.db, id)
  if (!row) throw new AppError('NOT_FOUND')
  await assertOwnedRow(ctx, row.site_id, 'memberships')
  return row
}

export const organizationsMembersHandlers: DomainHandlers<
  | 'organizations.members'
  | 'organizations.crossCheck'
  | 'memberships.add'
  | 'memberships.update'
  | 'memberships.remove'
  | 'memberships.ofPerson'
> = {
  'organizations.members': async (ctx, { id, includeBranches, includeEnded }) => {
    const forest = await loadForest(ctx)
    if (!forest.byId.has(id)) throw new AppError('NOT_FOUND')
    const ids = includeBranches ? forest.subtree(id) : [id]
    const rows = membershipsOfOrganizations(ctx.sqlite, ids, { includeEnded, today: todayOf(ctx) })
    return toMemberships(ctx, forest, rows)
  },

  'organizations.crossCheck': async (ctx, { id }) => {
    const forest = await loadForest(ctx)
    const all = crossMembershipWarnings(ctx, forest, null)
    if (!id) return all
    if (!forest.byId.has(id)) throw new AppError('NOT_FOUND')
    const mine = new Set(forest.subtree(id))
    return all.filter((w) => mine.has(w.organizationId) || mine.has(w.otherOrganizationId))
  },

  'memberships.add': async (ctx, input) => {
    const siteId = await selfUnitId(ctx)
    const org = await findOrganizationRow(ctx.db, input.organizationId)
    if (!org) throw new AppError('NOT_FOUND')
    if (!(await usableEntry(ctx, ORG_POSTS, input.post)))
      throw new AppError('BAD_INPUT', msg.postMissing(input.post))
    const ids = [...new Set(input.personIds)]
    const live = livePersonIds(ctx.sqlite, ids)
    if (live.size !== ids.length)
      throw new AppError('BAD_INPUT', msg.personMissing(ids.length - live.size))
    const term = input.term || null
    const startDate = optionalDate(input.startDate, labels.startDate!)
    const already = personsWithMembership(ctx.sqlite, org.id, ids, term)
    const stamp = ctx.clock.hlc()
    const now = ctx.clock.nowMs()
    const fresh = ids.filter((id) => !already.has(id))
    insertMemberships(
      ctx.sqlite,
      fresh.map((personId) => ({
        id: uuidv7(now),
        site_id: siteId,
        created_at: stamp,
        updated_at: stamp,
        deleted_at: null,
        organization_id: org.id,
        person_id: personId,
        post: input.post,
        term,
        start_date: startDate,
        end_date: null,
        remarks: null,
      })),
    )
    ctx.note({
      objectType: 'organization',
      objectId: org.id,
      detail: audit.membersAdded(org.name, fresh.length, already.size),
    })
    const forest = await loadForest(ctx)
    const mine = new Set(forest.subtree(forest.rootOf(org.id)))
    const warnings = crossMembershipWarnings(ctx, forest, fresh).filter(
      (w) => mine.has(w.organizationId) || mine.has(w.otherOrganizationId),
    )
    return { added: fresh.length, skipped: already.size, warnings }
  },

  'memberships.update': async (ctx, { id, ...patch }) => {
    const row = await ownedMembership(ctx, id)
    if (patch.post && patch.post !== row.post && !(await usableEntry(ctx, ORG_POSTS, patch.post)))
      throw new AppError('BAD_INPUT', msg.postMissing(patch.post))
    const pick = <T>(v: T | undefined, old: T) => (v === undefined ? old : v)
    const startDate =
      patch.startDate === undefined
        ? row.start_date
        : optionalDate(patch.startDate, labels.startDate!)
    const endDate =
      patch.endDate === undefined ? row.end_date : optionalDate(patch.endDate, labels.endDate!)
    if (startDate && endDate && endDate < startDate)
      throw new AppError('BAD_INPUT', msg.endBeforeStart)
    const term = patch.term === undefined ? row.term : patch.term || null
    if (term !== row.term) {
      const taken = personsWithMembership(ctx.sqlite, row.organization_id, [row.person_id], term)
      if (taken.size) throw new AppError('CONFLICT', msg.membershipTaken)
    }
    await updateMembership(
      ctx.db,
      row,
      {
        post: pick(patch.post, row.post),
        term,
        start_date: startDate,
        end_date: endDate,
        remarks: patch.remarks === undefined ? row.remarks : patch.remarks || null,
      },
      ctx.clock.hlc(),
    )
    const forest = await loadForest(ctx)
    const [updated] = await toMemberships(
      ctx,
      forest,
      membershipsOfPerson(ctx.sqlite, row.person_id).filter((m) => m.id === id),
    )
    if (!updated) throw new AppError('NOT_FOUND')
    ctx.note({
      objectType: 'membership',
      objectId: id,
      detail: audit.membershipUpdated(updated.organizationName, updated.personName),
    })
    return updated
  },

  'memberships.remove': async (ctx, { id }) => {
    const row = await ownedMembership(ctx, id)
    const forest = await loadForest(ctx)
    const [m] = await toMemberships(
      ctx,
      forest,
      membershipsOfPerson(ctx.sqlite, row.person_id).filter((x) => x.id === id),
    )
    softDeleteMemberships(ctx.sqlite, { id }, ctx.clock.hlc())
    ctx.note({
      objectType: 'membership',
      objectId: id,
      detail: audit.membershipRemoved(m?.organizationName ?? '', m?.personName ?? ''),
    })
    return null
  },

  'memberships.ofPerson': async (ctx, { personId }) => {
    const forest = await loadForest(ctx)
    const rows = membershipsOfPerson(ctx.sqlite, personId)
    const memberships = await toMemberships(ctx, forest, rows, false)
    return { memberships, warnings: crossMembershipWarnings(ctx, forest, [personId]) }
  },
}
