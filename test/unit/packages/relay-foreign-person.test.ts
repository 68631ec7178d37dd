import { afterEach, describe, expect, it } from 'vitest'
import { relayText } from '../../../shared/i18n/relay'
import { person, validId } from '../persons-fixtures'
import {
  count,
  exportTo,
  officeRoster,
  sendAndAcknowledge,
  chainOfOffices,
} from './exchange-fixtures'
import { personLineValues } from '../../../electron/services/packages/export/personLines'
import { lineObject, personLineText, type PersonLineForm } from './person-line-forms'
import { resignedWithLines } from './resigned-package'

const roster = officeRoster()
afterEach(roster.cleanup)

/**
 * checkRelay reads the site of every row without parsing the lines: a person line of format 2
 * is an array, its site the value after its id. A relay carrying a person of a unit neither
 * the city nor below it is refused whole, whichever way the line is written.
 */
describe('a relay with a person of a unit not below the city', () => {
  it.each<PersonLineForm | 'array, columns reversed'>([
    'array',
    'object',
    'array, columns reversed',
  ])(
    'is refused, writing nothing (%s)',
    async (form) => {
      const { county, city, province } = await chainOfOffices(roster.open)
      await county.ok('persons.create', person({ name: '王建国', idNumber: validId('1980-05-06') }))
      await sendAndAcknowledge(county, city, { to: '330600' })
      const plain = Buffer.from(
        (await exportTo(city, { to: '330000', plain: true })).data,
        'base64',
      )
      // The city's own signature over a line whose site is the province's own unit.
      const provinceSite = count(province, 'SELECT id FROM units WHERE is_self = 1') as unknown
      // The site is found without parsing a line only where this app writes it, after the id.
      const reversed = form === 'array, columns reversed'
      const doctored = resignedWithLines(
        city,
        plain,
        'persons',
        (lines) =>
          lines.map((line) => {
            const row = { ...lineObject(line), site_id: provinceSite as string }
            if (!reversed) return personLineText(row, form)
            return JSON.stringify(personLineValues(row).reverse())
          }),
        (manifest) => {
          if (reversed) manifest.tables.persons!.columns.reverse()
        },
      )
      const before = count(province, 'SELECT count(*) FROM change_log')

      const refused = await province.ok('packages.import', {
        data: doctored.toString('base64'),
        fileName: 'relay.xlpkg',
      })
      expect(refused.status).toBe('refused')
      expect(refused.reason).toBe(relayText.foreignRows('330600', '示例市委统战部'))
      expect(count(province, 'SELECT count(*) FROM change_log')).toBe(before)
      expect(count(province, 'SELECT count(*) FROM persons')).toBe(0)
    },
    120_000,
  )
})
