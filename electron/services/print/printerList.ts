import type { PrinterInfo } from '../../../shared/contract/print'

/** A printer as Chromium reports it; which one is the default moved around between versions. */
export interface RawPrinter {
  name: string
  displayName?: string
  isDefault?: boolean
  options?: object
}

/** The printers for the toolbar's choice: the default first, then by name. */
export function printerList(raw: readonly RawPrinter[]): PrinterInfo[] {
  return raw
    .map((p) => ({
      name: p.name,
      displayName: p.displayName || p.name,
      isDefault:
        p.isDefault === true ||
        String((p.options as Record<string, unknown> | undefined)?.['is-default']) === 'true',
    }))
    .sort(
      (a, b) =>
        Number(b.isDefault) - Number(a.isDefault) ||
        a.displayName.localeCompare(b.displayName, 'zh-CN'),
    )
}
