/** JSON columns: rows, columns and notes of shared/reports/template ReportTemplateSpec. */
export interface ReportTemplatesTable {
  id: string
  name: string
  title: string
  rows: string
  columns: string
  notes: string
  is_default: number
  created_at: string
  updated_at: string
  updated_by: string | null
}

/** `template` and `report` are JSON: the template as it was and the computed report. */
export interface ReportLocksTable {
  id: string
  template_id: string
  template_name: string
  template: string
  period_from: string
  period_to: string
  report: string
  rules_version: number
  hash: string
  locked_at: string
  locked_by: string | null
}
