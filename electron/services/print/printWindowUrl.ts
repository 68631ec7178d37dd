import { PRINT_ROUTE_PATTERN } from '../../../shared/contract/print'

/**
 * The address a print window loads: the app's own page at the print route. The route was
 * checked by the contract already; checking again here keeps the window from ever being
 * pointed elsewhere by a caller that skipped the contract.
 */
export function printWindowUrl(rendererUrl: string, route: string): string {
  if (!PRINT_ROUTE_PATTERN.test(route)) throw new Error(`not a print route: ${route}`)
  const base = rendererUrl.replace(/#.*$/, '')
  return `${base}#${route}`
}
