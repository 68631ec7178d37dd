import { CompiledQuery, type Kysely } from 'kysely'
import type { PersonScalars } from '../../shared/persons/types'
import type { Database } from '../schema'
import { searchDocuments } from './personRows'

/** The statements that keep the FTS tables in step; the bulk loader prepares the same text. */
export const FTS_SQL = {
  insertTri: 'INSERT INTO person_fts_tri (rowid, name, former_names, employer) VALUES (?, ?, ?, ?)',
  insertChars: 'INSERT INTO person_fts_chars (rowid, chars) VALUES (?, ?)',
  deleteTri: 'DELETE FROM person_fts_tri WHERE rowid = ?',
  deleteChars: 'DELETE FROM person_fts_chars WHERE rowid = ?',
} as const

/** Adds a live person to both search indexes. */
export async function indexPerson(
  db: Kysely<Database>,
  rid: number,
  s: Pick<PersonScalars, 'name' | 'formerNames' | 'employer'>,
): Promise<void> {
  const docs = searchDocuments(s)
  await db.executeQuery(CompiledQuery.raw(FTS_SQL.insertTri, [rid, ...docs.tri]))
  await db.executeQuery(CompiledQuery.raw(FTS_SQL.insertChars, [rid, docs.chars]))
}

/** Takes a person out of both search indexes (a missing row is not an error). */
export async function unindexPerson(db: Kysely<Database>, rid: number): Promise<void> {
  await db.executeQuery(CompiledQuery.raw(FTS_SQL.deleteTri, [rid]))
  await db.executeQuery(CompiledQuery.raw(FTS_SQL.deleteChars, [rid]))
}
