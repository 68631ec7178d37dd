import type {
  ImportSheetColumn,
  ImportSheetReport,
  SheetMapping,
} from '../../../../shared/contract/imports'

/**
 * Sets one column's field in the wizard's copy of the sheets. A field can come from one
 * column only, so a column that held it before lets it go (the user moved it, not copied it).
 */
export function withColumnField<
  F extends string,
  S extends { name: string; columns: ImportSheetColumn<F>[] },
>(sheets: S[], sheetName: string, index: number, field: F | null): S[] {
  return sheets.map((s) =>
    s.name !== sheetName
      ? s
      : {
          ...s,
          columns: s.columns.map((c) => {
            if (c.index === index)
              return { ...c, field, source: field ? ('manual' as const) : ('none' as const) }
            if (field && c.field === field) return { ...c, field: null, source: 'none' as const }
            return c
          }),
        },
  )
}

/** The mapping the core is sent: every column of every sheet that was read, as now shown. */
export function mappingOf(sheets: ImportSheetReport[]): SheetMapping[] {
  return sheets
    .filter((s) => s.status === 'read' && s.columns.length > 0)
    .map((s) => ({
      sheet: s.name,
      columns: s.columns.map((c) => ({ index: c.index, field: c.field })),
      ...(s.sheetTownship ? { townshipFromName: s.sheetTownship.applied } : {}),
    }))
}
