import type { ReportRow, ReportTemplateSpec } from '../../../../../shared/reports/template'

/** A row as the editor holds it: a key of its own, so React keeps it across reordering. */
export type EditorRow = ReportRow & { key: number }

let nextKey = 1
export const withKey = (row: ReportRow): EditorRow => ({ ...row, key: nextKey++ })

export interface EditorDraft extends Omit<ReportTemplateSpec, 'rows'> {
  rows: EditorRow[]
}

/** Only the layout: a stored template's id and stamps are not part of what is edited. */
export function toDraft(spec: ReportTemplateSpec): EditorDraft {
  const { name, title, columns, notes } = spec
  return { name, title, columns, notes, rows: spec.rows.map(withKey) }
}

/** What is saved and previewed: the rows without the editor's keys, empty notes dropped. */
export function toSpec(draft: EditorDraft): ReportTemplateSpec {
  return {
    name: draft.name,
    title: draft.title,
    columns: draft.columns,
    notes: draft.notes.map((n) => n.trim()).filter(Boolean),
    rows: draft.rows.map(({ key: _key, ...row }) => row),
  }
}

/** The list with the row at `from` moved to `to`. */
export function moveRow<T>(rows: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= rows.length) return [...rows]
  const next = [...rows]
  const [row] = next.splice(from, 1)
  next.splice(to, 0, row!)
  return next
}
