// Characters XML 1.0 cannot carry at all; a cell holding one would make the file unreadable.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

/**
 * A value for a text cell of an export. It is always written as text, never as a formula,
 * so =HYPERLINK(…), +1, -1, @SUM stay what they are; the cell's Text format (@) keeps them
 * text when someone edits the cell in Excel or WPS. Characters XML forbids are dropped.
 */
export function safeText(value: string): string {
  return value.replace(INVALID_XML, '')
}
