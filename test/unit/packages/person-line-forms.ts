import { personLineReader } from '../../../electron/services/packages/apply/personLineReader'
import {
  personLineValues,
  type PersonLine,
} from '../../../electron/services/packages/export/personLines'
import { PERSON_LINE_COLUMNS } from '../../../shared/packages/travellingTables'

const readArray = personLineReader(PERSON_LINE_COLUMNS)

/** A line of a table's entry as an object: a format-2 person line read by its columns. */
export function lineObject(line: string): PersonLine {
  const parsed = JSON.parse(line) as PersonLine | unknown[]
  return (Array.isArray(parsed) ? readArray(parsed) : parsed) as PersonLine
}

/** How a person line is written: an object (format 1) or an array (format 2). */
export type PersonLineForm = 'object' | 'array'

export function personLineText(line: PersonLine, form: PersonLineForm): string {
  return JSON.stringify(form === 'array' ? personLineValues(line) : line)
}
