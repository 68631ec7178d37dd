import type { Kysely } from 'kysely'
import type { PersonSubRecords } from '../../shared/persons/types'
import type { Database } from '../schema'

export const CHILD_TABLES = [
  'person_categories',
  'person_tags',
  'person_seats',
  'person_posts',
  'person_education',
  'person_awards',
] as const

/**
 * Replaces a person's child rows. They have no ids of their own: they are part of the person
 * and travel with the person's change_log entry, so rewriting them whole is the simple truth.
 */
export async function writeChildren(
  db: Kysely<Database>,
  rid: number,
  subs: PersonSubRecords,
): Promise<void> {
  await deleteChildren(db, rid)
  if (subs.categories.length) {
    await db
      .insertInto('person_categories')
      .values(subs.categories.map((c) => ({ person_rid: rid, code: c.code, detail: c.detail })))
      .execute()
  }
  if (subs.tags.length) {
    await db
      .insertInto('person_tags')
      .values(subs.tags.map((tag) => ({ person_rid: rid, tag })))
      .execute()
  }
  if (subs.seats.length) {
    await db
      .insertInto('person_seats')
      .values(
        subs.seats.map((s, ord) => ({
          person_rid: rid,
          ord,
          body: s.body,
          session: s.session,
          level: s.level,
          post: s.post,
          term_start: s.termStart,
          term_end: s.termEnd,
          sector: s.sector,
        })),
      )
      .execute()
  }
  if (subs.posts.length) {
    await db
      .insertInto('person_posts')
      .values(
        subs.posts.map((p, ord) => ({
          person_rid: rid,
          ord,
          org: p.org,
          post: p.post,
          start_date: p.start,
          end_date: p.end,
        })),
      )
      .execute()
  }
  if (subs.educations.length) {
    await db
      .insertInto('person_education')
      .values(
        subs.educations.map((e, ord) => ({
          person_rid: rid,
          ord,
          school: e.school,
          major: e.major,
          education: e.education,
          degree: e.degree,
          start_date: e.start,
          end_date: e.end,
        })),
      )
      .execute()
  }
  if (subs.awards.length) {
    await db
      .insertInto('person_awards')
      .values(
        subs.awards.map((a, ord) => ({
          person_rid: rid,
          ord,
          name: a.name,
          level: a.level,
          awarded_on: a.date,
          issuer: a.issuer,
        })),
      )
      .execute()
  }
}

export async function deleteChildren(db: Kysely<Database>, rid: number): Promise<void> {
  for (const table of CHILD_TABLES)
    await db.deleteFrom(table).where('person_rid', '=', rid).execute()
}

export async function readChildren(db: Kysely<Database>, rid: number): Promise<PersonSubRecords> {
  const [categories, tags, seats, posts, educations, awards] = await Promise.all([
    db
      .selectFrom('person_categories')
      .select(['code', 'detail'])
      .where('person_rid', '=', rid)
      .orderBy('code')
      .execute(),
    db
      .selectFrom('person_tags')
      .select('tag')
      .where('person_rid', '=', rid)
      .orderBy('tag')
      .execute(),
    db
      .selectFrom('person_seats')
      .selectAll()
      .where('person_rid', '=', rid)
      .orderBy('ord')
      .execute(),
    db
      .selectFrom('person_posts')
      .selectAll()
      .where('person_rid', '=', rid)
      .orderBy('ord')
      .execute(),
    db
      .selectFrom('person_education')
      .selectAll()
      .where('person_rid', '=', rid)
      .orderBy('ord')
      .execute(),
    db
      .selectFrom('person_awards')
      .selectAll()
      .where('person_rid', '=', rid)
      .orderBy('ord')
      .execute(),
  ])
  return {
    categories,
    tags: tags.map((t) => t.tag),
    seats: seats.map((s) => ({
      body: s.body,
      session: s.session,
      level: s.level,
      post: s.post,
      termStart: s.term_start,
      termEnd: s.term_end,
      sector: s.sector,
    })),
    posts: posts.map((p) => ({ org: p.org, post: p.post, start: p.start_date, end: p.end_date })),
    educations: educations.map((e) => ({
      school: e.school,
      major: e.major,
      education: e.education,
      degree: e.degree,
      start: e.start_date,
      end: e.end_date,
    })),
    awards: awards.map((a) => ({
      name: a.name,
      level: a.level,
      date: a.awarded_on,
      issuer: a.issuer,
    })),
  }
}
