import type {
  ImportCounts,
  ImportReadingCheck,
  ImportRowIssue,
  ImportRowReport,
  ImportSheetReport,
} from '../../../shared/contract/imports'
import { importRowText } from '../../../shared/i18n/imports'
import { personFieldLabels } from '../../../shared/i18n/persons'
import { columnLetter } from '../../../shared/import/columnLetter'
import type { RowIssue } from '../../../shared/import/normalizeRow'
import { displayValue } from './displayValue'
import type { RowOutcome } from './rowOutcome'
import type { RejectedRow } from './sessions'

const REJECTED_KEPT = 100_000

/**
 * Collects the outcomes of an import run into what the wizard and the CLI show: counts, the
 * rows that are not plain creates (with column, header, field and reason), and the rejected
 * rows as they were in the file, for the error report.
 */
export class ImportReport {
  readonly counts: ImportCounts = {
    created: 0,
    updated: 0,
    unchanged: 0,
    duplicates: 0,
    rejected: 0,
    warnings: 0,
    skipped: 0,
  }
  readonly rows: ImportRowReport[] = []
  readonly rejected: RejectedRow[] = []
  readonly toConfirm: ImportReadingCheck[] = []
  truncated = false

  constructor(
    private readonly rowLimit: number,
    private readonly headerOf: (sheet: string, column: number) => string | null,
    private readonly dictionaryName: (kind: string, code: string) => string | null,
  ) {}

  add(o: RowOutcome): void {
    const warned = o.warnings.length > 0
    if (warned && o.kind !== 'rejected' && o.kind !== 'duplicate') this.collectChecks(o)
    switch (o.kind) {
      case 'create':
        this.counts.created++
        if (warned) this.counts.warnings++
        if (warned) this.push(o, 'created', [])
        return
      case 'update':
        this.counts.updated++
        if (warned) this.counts.warnings++
        this.push(
          o,
          'updated',
          o.changed.map((field) => ({
            field,
            label: personFieldLabels[field],
            before: displayValue(field, o.person.fields, this.dictionaryName),
            after: displayValue(field, o.fields, this.dictionaryName),
          })),
          [
            {
              field: null,
              column: null,
              message: importRowText.updated(o.changed.map((f) => personFieldLabels[f])),
            },
          ],
        )
        return
      case 'unchanged':
        this.counts.unchanged++
        if (warned) this.counts.warnings++
        this.push(
          o,
          'unchanged',
          [],
          [{ field: null, column: null, message: importRowText.unchanged }],
        )
        return
      case 'duplicate':
        this.counts.duplicates++
        this.push(
          o,
          'duplicate',
          [],
          [
            {
              field: o.by === 'idNumber' ? 'idNumber' : 'name',
              column: null,
              message:
                o.by === 'idNumber'
                  ? importRowText.duplicateInFile(o.first.sheet, o.first.row)
                  : importRowText.duplicateInFileByName(o.first.sheet, o.first.row),
            },
          ],
        )
        return
      case 'rejected':
        this.counts.rejected++
        this.push(o, 'rejected', [], [o.error])
        if (this.rejected.length < REJECTED_KEPT) {
          this.rejected.push({
            sheet: o.sheet,
            row: o.row,
            cells: o.cells,
            reason: o.error.message,
          })
        }
        return
    }
  }

  addSkipped(sheets: ImportSheetReport[]): void {
    this.counts.skipped = sheets.reduce((n, s) => n + s.skippedRows, 0)
  }

  private push(
    o: RowOutcome,
    status: ImportRowReport['status'],
    changes: ImportRowReport['changes'],
    first: RowIssue[] = [],
  ): void {
    if (this.rows.length >= this.rowLimit) {
      this.truncated = true
      return
    }
    this.rows.push({
      sheet: o.sheet,
      row: o.row,
      status,
      name: o.name,
      issues: [...first, ...o.warnings].map((i) => this.issue(o.sheet, i)),
      changes,
    })
  }

  private collectChecks(o: RowOutcome): void {
    for (const w of o.warnings) {
      if (!w.check || this.toConfirm.length >= this.rowLimit) continue
      const at = this.issue(o.sheet, w)
      this.toConfirm.push({
        sheet: o.sheet,
        row: o.row,
        name: o.name,
        column: at.column,
        header: at.header,
        fieldLabel: at.fieldLabel,
        ...w.check,
      })
    }
  }

  private issue(sheet: string, i: RowIssue): ImportRowIssue {
    return {
      column: i.column === null ? null : columnLetter(i.column),
      header: i.column === null ? null : this.headerOf(sheet, i.column),
      field: i.field,
      fieldLabel: i.field ? personFieldLabels[i.field] : null,
      message: i.message,
    }
  }
}
