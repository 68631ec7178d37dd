import type BetterSqlite3 from 'better-sqlite3'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ImportPreview, ImportResult } from '../../shared/contract/imports'
import { csvSheetName } from '../../electron/services/excel/openSpreadsheet'
import { ADMIN, makeTestCore, type TestCore } from '../helpers/testCore'

/** The sample rosters and their truth, copied into the repository (test/fixtures/samples). */
export const SAMPLES_DIR = fileURLToPath(new URL('../fixtures/samples/', import.meta.url))

export interface TruthRow {
  row: number
  id: string
  name: string
  fault: string | null
  expect: 'import' | 'reject' | 'duplicate'
  dupOf: string | null
}

export interface TruthFile {
  file: string
  expect: { persons: number; rejectedRows: number; duplicateRows: number }
  sheets: { name: string; headerRows: number[]; rows: TruthRow[] }[]
}

export function truth(): { files: TruthFile[]; fatalFaults: string[]; repairableFaults: string[] } {
  return JSON.parse(readFileSync(join(SAMPLES_DIR, 'sample-truth.json'), 'utf8'))
}

export function sampleBytes(file: string): Buffer {
  return readFileSync(join(SAMPLES_DIR, file))
}

/** The sheet name the importer gives a truth sheet ("(csv)" is the file itself). */
export function sheetNameOf(file: TruthFile, sheet: string): string {
  return sheet === '(csv)' ? csvSheetName(file.file) : sheet
}

/** A fresh initialized core with the admin signed in. */
export async function signedInCore(): Promise<TestCore> {
  const t = await makeTestCore()
  await t.ok('auth.login', { username: ADMIN.username, password: ADMIN.password })
  return t
}

export async function previewFile(
  t: TestCore,
  fileName: string,
  bytes: Uint8Array,
  extra: { sheet?: string; rowLimit?: number } = {},
): Promise<ImportPreview> {
  return t.ok('imports.preview', {
    fileName,
    data: Buffer.from(bytes).toString('base64'),
    rowLimit: extra.rowLimit ?? 100_000,
    ...(extra.sheet ? { sheet: extra.sheet } : {}),
  })
}

export async function importFile(
  t: TestCore,
  fileName: string,
  bytes: Uint8Array,
): Promise<ImportResult> {
  const preview = await previewFile(t, fileName, bytes)
  return t.ok('imports.apply', { token: preview.token, rowLimit: 100_000 })
}

export interface StoredRow {
  id: string
  name: string
  sex: string | null
  birth_date: string | null
  id_number: string | null
  phone: string | null
  remarks: string | null
  ethnicity: string | null
  political_status: string | null
  education: string | null
  deleted_at: string | null
  purged_at: string | null
}

/** Live persons straight from the database, keyed by ID number. */
export function livePersons(t: TestCore): Map<string, StoredRow> {
  const rows = t.core.database.sqlite
    .prepare('SELECT * FROM persons WHERE deleted_at IS NULL AND purged_at IS NULL')
    .all() as StoredRow[]
  return new Map(rows.map((r) => [r.id_number ?? `no-id:${r.id}`, r]))
}

export function countRows(db: BetterSqlite3.Database, table: string): number {
  return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
}
