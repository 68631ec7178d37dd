import { activitiesOfYear } from '../../../db/repos/activities'
import { membershipsOfOrganizations, membershipsOfPerson } from '../../../db/repos/memberships'
import { listParticipantRows } from '../../../db/repos/participants'
import { findPerson } from '../../../db/repos/persons'
import type { Input } from '../../../shared/contract'
import { BULK_PERSON_LIMIT } from '../../../shared/contract/organizations'
import { buildActivityLedger } from '../../../shared/documents/activityLedger'
import { buildPersonForm } from '../../../shared/documents/personForm'
import { buildRoster, type Roster } from '../../../shared/documents/roster'
import { buildSignInSheet } from '../../../shared/documents/signInSheet'
import { participantRoleNames } from '../../../shared/i18n/activities'
import { documentAuditText as audit, rosterText } from '../../../shared/i18n/documents'
import { AppError } from '../../core/appError'
import type { HandlerContext } from '../../core/context'
import type { DomainHandlers } from '../../core/handlerTypes'
import { personIdsByFilter } from '../../services/attendance/personsByFilter'
import { localNames, unitName } from '../../services/documents/localNames'
import { rosterPersons } from '../../services/documents/rosterPersons'
import { personActivities } from './activities'
import { activityFields, activityOr404, toActivities } from './activitiesShared'
import { toMemberships } from '../organizations/organizationsMembers'
import { loadForest } from '../organizations/organizationsShared'
import { todayOf } from '../persons/personsShared'

type RosterInput = Input<'documents.roster'>

/** Whom the roster lists, in the order it lists them, with a title and organization posts. */
async function rosterSource(ctx: HandlerContext, source: RosterInput['source']) {
  const today = todayOf(ctx)
  switch (source.kind) {
    case 'filter': {
      const found = personIdsByFilter(ctx.sqlite, source.filter, today, BULK_PERSON_LIMIT)
      if (!found.ids) throw new AppError('BAD_INPUT', rosterText.tooMany(BULK_PERSON_LIMIT))
      return { ids: found.ids, title: rosterText.defaultTitle, posts: new Map<string, string>() }
    }
    case 'organization': {
      const forest = await loadForest(ctx)
      const org = forest.byId.get(source.organizationId)
      if (!org) throw new AppError('NOT_FOUND')
      const orgIds = source.includeBranches ? forest.subtree(org.id) : [org.id]
      const rows = membershipsOfOrganizations(ctx.sqlite, orgIds, { includeEnded: false, today })
      const posts = new Map<string, string>()
      for (const m of await toMemberships(ctx, forest, rows))
        if (!posts.has(m.personId)) posts.set(m.personId, m.postName)
      return { ids: [...posts.keys()], title: rosterText.organizationTitle(org.name), posts }
    }
    case 'activity': {
      const activity = await activityOr404(ctx, source.activityId)
      const ids = listParticipantRows(ctx.sqlite, activity.id).map((r) => r.person_id)
      return {
        ids,
        title: rosterText.activityTitle(activity.title),
        posts: new Map<string, string>(),
      }
    }
    case 'persons':
      return {
        ids: [...new Set(source.personIds)],
        title: rosterText.defaultTitle,
        posts: new Map<string, string>(),
      }
  }
}

async function roster(ctx: HandlerContext, input: RosterInput, masked: boolean): Promise<Roster> {
  const src = await rosterSource(ctx, input.source)
  if (src.ids.length > BULK_PERSON_LIMIT)
    throw new AppError('BAD_INPUT', rosterText.tooMany(BULK_PERSON_LIMIT))
  const today = todayOf(ctx)
  return buildRoster(rosterPersons(ctx.sqlite, src.ids, today, src.posts), {
    title: input.title || src.title,
    unitName: await unitName(ctx.db),
    date: today,
    columns: input.columns ?? [],
    masked,
    names: await localNames(ctx.db),
  })
}

async function personForm(ctx: HandlerContext, personId: string, masked: boolean) {
  const record = await findPerson(ctx.db, personId)
  if (!record || record.deletedAt) throw new AppError('NOT_FOUND')
  const forest = await loadForest(ctx)
  const memberships = await toMemberships(
    ctx,
    forest,
    membershipsOfPerson(ctx.sqlite, personId),
    false,
  )
  const taken = await personActivities(ctx, personId)
  const form = buildPersonForm({
    person: record.fields,
    isDemo: record.isDemo,
    memberships: memberships.map((m) => ({
      organization: m.organizationPath,
      post: m.postName,
      term: m.term,
      startDate: m.startDate,
      endDate: m.endDate,
    })),
    activities: taken.items
      .filter((i) => i.attendance === 'present' && i.status !== 'cancelled')
      .map((i) => ({
        date: i.startDate,
        title: i.title,
        typeName: i.typeName,
        role: participantRoleNames[i.role] ?? i.role,
      })),
    activitySummary: taken.summaryText,
    unitName: await unitName(ctx.db),
    date: todayOf(ctx),
    masked,
    names: await localNames(ctx.db),
  })
  return { form, name: record.fields.name }
}

export const activitiesDocumentsHandlers: DomainHandlers<
  | 'documents.signInSheet'
  | 'documents.roster'
  | 'documents.rosterUnmasked'
  | 'documents.ledger'
  | 'documents.personForm'
  | 'documents.personFormUnmasked'
  | 'documents.recordOutput'
> = {
  'documents.signInSheet': async (ctx, { activityId, blankRows, showPhone, showSignTime }) => {
    const activity = activityFields(await activityOr404(ctx, activityId))
    const people = listParticipantRows(ctx.sqlite, activityId).map((r) => ({
      seq: r.seq,
      name: r.name,
      sex: r.sex,
      employer: r.employer,
      jobTitle: r.job_title,
      phone: r.phone,
      isDemo: r.is_demo === 1,
    }))
    return buildSignInSheet(activity, people, { blankRows, showPhone, showSignTime })
  },

  'documents.roster': (ctx, input) => roster(ctx, input, true),

  'documents.rosterUnmasked': async (ctx, input) => {
    const r = await roster(ctx, input, false)
    ctx.note({ objectType: 'roster', detail: audit.unmaskedRoster(r.count) })
    return r
  },

  'documents.ledger': async (ctx, { year, includePlanned }) => {
    const rows = await activitiesOfYear(
      ctx.db,
      year,
      includePlanned ? ['held', 'planned'] : ['held'],
    )
    const list = (await toActivities(ctx, rows)).map((a) => ({
      startDate: a.startDate,
      endDate: a.endDate,
      title: a.title,
      typeName: a.typeName,
      isTraining: a.isTraining,
      place: a.place,
      hostUnits: a.hostUnits,
      organizerUnits: a.organizerUnits,
      participants: a.attendance.actual,
      beneficiaries: a.beneficiaries,
      donationFen: a.donationFen,
      goodsFen: a.goodsFen,
      volunteerHours: a.volunteerHours,
      onlineViews: a.onlineViews,
    }))
    return buildActivityLedger(year, list, { unitName: await unitName(ctx.db), date: todayOf(ctx) })
  },

  'documents.personForm': async (ctx, { personId }) => (await personForm(ctx, personId, true)).form,

  'documents.personFormUnmasked': async (ctx, { personId }) => {
    const { form, name } = await personForm(ctx, personId, false)
    ctx.note({ objectType: 'person', objectId: personId, detail: audit.unmaskedForm(name) })
    return form
  },

  'documents.recordOutput': (ctx, input) => {
    ctx.note({
      objectType: input.document,
      ...(input.objectId ? { objectId: input.objectId } : {}),
      detail: audit.output(
        audit.kinds[input.document]!,
        input.title ?? '',
        input.masked,
        input.pages,
        audit.outputs[input.output]!,
      ),
    })
    return null
  },
}
