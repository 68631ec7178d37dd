import { sql, type Kysely } from 'kysely'
import { defaultReportTemplate } from '../../shared/reports/defaultTemplate'
import { uuidv7 } from '../../shared/ids/uuidv7'

/**
 * 统计报表: templates (the layout of a table: rows of indicators, columns, notes) and locked
 * reports. Both stay on this machine: a template is an office's own way of laying out the
 * sheet it fills, and what goes upward is the data itself (packages), from which the upper
 * office computes its own figures. A locked report keeps a copy of the template as it was,
 * every figure, the indicator rule version and a hash, so neither a later edit of the data,
 * of the template nor of an indicator's definition moves what was sent.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE report_templates (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      title TEXT NOT NULL,
      rows TEXT NOT NULL,
      columns TEXT NOT NULL,
      notes TEXT NOT NULL,
      is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT
    ) STRICT`.execute(db)

  // No reference to report_templates: a locked report outlives its template.
  await sql`
    CREATE TABLE report_locks (
      id TEXT PRIMARY KEY,
      template_id TEXT NOT NULL,
      template_name TEXT NOT NULL,
      template TEXT NOT NULL,
      period_from TEXT NOT NULL,
      period_to TEXT NOT NULL,
      report TEXT NOT NULL,
      rules_version INTEGER NOT NULL,
      hash TEXT NOT NULL,
      locked_at TEXT NOT NULL,
      locked_by TEXT,
      UNIQUE (template_id, period_from, period_to)
    ) STRICT`.execute(db)

  // The shipped yearly table, present from the first start.
  const spec = defaultReportTemplate()
  const now = new Date().toISOString()
  await sql`
    INSERT INTO report_templates
      (id, name, title, rows, columns, notes, is_default, created_at, updated_at, updated_by)
    VALUES (${uuidv7()}, ${spec.name}, ${spec.title}, ${JSON.stringify(spec.rows)},
      ${JSON.stringify(spec.columns)}, ${JSON.stringify(spec.notes)}, 1, ${now}, ${now}, NULL)
  `.execute(db)
}

export async function down(): Promise<void> {
  throw new Error('down migrations are not supported: restore a backup instead')
}
