import { describe, expect, it } from 'vitest'
import { personLineReader } from '../../../electron/services/packages/apply/personLineReader'
import {
  personLineValues,
  type PersonLine,
} from '../../../electron/services/packages/export/personLines'
import { PERSON_LINE_COLUMNS } from '../../../shared/packages/travellingTables'
import { PERSON_SCALAR_KEYS } from '../../../shared/persons/fieldSpecs'

/** A line with a distinct value in every column, so a value read from the wrong one shows. */
function everyColumnSet(): PersonLine {
  const fields: Record<string, unknown> = {}
  for (const key of PERSON_SCALAR_KEYS) fields[key] = `值-${key}`
  Object.assign(fields, {
    categories: [{ code: '11', detail: null }],
    tags: ['标签'],
    seats: [],
    posts: [{ org: '单位', post: null, start: null, end: null }],
    educations: [],
    awards: [],
  })
  return {
    id: 'id-1',
    site_id: 'site-1',
    created_at: 'c',
    updated_at: 'u',
    deleted_at: null,
    purged_at: null,
    name_py: 'py',
    name_initials: 'in',
    fields: fields as unknown as PersonLine['fields'],
  }
}

describe('format 2 person lines', () => {
  it('read back as the object format 1 writes, every column in its place', () => {
    const line = everyColumnSet()
    const values = JSON.parse(JSON.stringify(personLineValues(line))) as unknown[]
    expect(values).toHaveLength(PERSON_LINE_COLUMNS.length)
    expect(personLineReader(PERSON_LINE_COLUMNS)(values)).toEqual(line)
  })

  it('are read by the sender’s column list: another order, a column it lacked, one unknown here', () => {
    const line = everyColumnSet()
    const byColumn = new Map<string, unknown>(
      PERSON_LINE_COLUMNS.map((c, i) => [c, personLineValues(line)[i]] as const),
    )
    // An older sender without `email`, a newer one with `shoeSize`, in reverse order.
    const columns = [...PERSON_LINE_COLUMNS.filter((c) => c !== 'email'), 'shoeSize'].reverse()
    const values = columns.map((c) => (c === 'shoeSize' ? 42 : byColumn.get(c)))
    const read = personLineReader(columns)(values) as unknown as PersonLine
    expect(read.fields.email).toBeUndefined()
    expect(read).not.toHaveProperty('shoeSize')
    expect(read.fields).not.toHaveProperty('shoeSize')
    expect({ ...read, fields: { ...read.fields, email: `值-email` } }).toEqual(line)
  })

  it('end early: the values past a short line are absent', () => {
    const values = personLineValues(everyColumnSet()).slice(0, 3)
    const read = personLineReader(PERSON_LINE_COLUMNS)(values) as unknown as PersonLine
    expect([read.id, read.site_id, read.created_at, read.updated_at]).toEqual([
      'id-1',
      'site-1',
      'c',
      undefined,
    ])
    expect(read.fields.name).toBeUndefined()
  })
})
