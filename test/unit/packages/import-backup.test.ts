import type BetterSqlite3 from 'better-sqlite3'
import { readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { readXlbakHeader } from '../../../electron/services/backup/xlbakFile'
import { count, exportTo, offices, type Offices } from './exchange-fixtures'
import { person, validId } from '../persons-fixtures'

let o: Offices
afterEach(() => o?.cleanup())

const beforePackageBackups = (dir: string) =>
  readdirSync(dir).filter((n) => n.endsWith('-beforePackage.xlbak'))

/**
 * The backup before a package is taken beside the apply (its connections read the last
 * committed state while the rows are written in the uncommitted transaction, on the app's
 * thread for a small database, in a worker for a larger one): it must still hold the database
 * as it was before the package, and a backup that fails must leave the package unapplied.
 */
/** Four megabytes of rows outside the register: a database whose backup gets its worker. */
function fill(db: BetterSqlite3.Database): void {
  db.exec('CREATE TABLE filler (x BLOB)')
  const insert = db.prepare('INSERT INTO filler VALUES (randomblob(16384))')
  db.transaction(() => {
    for (let i = 0; i < 256; i++) insert.run()
  })()
}

describe('the backup before a package', () => {
  it.each([
    ['a new city’s small database: on the app’s own thread', false],
    ['a database of megabytes: in its worker', true],
  ])(
    'fails the import when it fails, and nothing of the package is written (%s)',
    async (_, large) => {
      o = await offices()
      const { county, city } = o
      if (large) fill(city.core.database.sqlite)
      await county.ok('persons.create', person({ name: '张三' }))
      await county.ok(
        'persons.create',
        person({ name: '李四', idNumber: validId('1990-07-01', '456') }),
      )
      const pkg = await exportTo(county)
      const changesBefore = count(city, 'SELECT count(*) FROM change_log')
      const backupsDir = city.core.files.backupsDir
      rmSync(backupsDir, { recursive: true, force: true })
      // The backups "folder" is a file: the backup cannot be written.
      writeFileSync(backupsDir, 'not a folder')
      const failed = await city.core.call(city.slot, 'packages.import', {
        data: pkg.data,
        fileName: pkg.fileName,
      })
      expect(failed.ok).toBe(false)
      expect(count(city, 'SELECT count(*) FROM persons')).toBe(0)
      expect(count(city, 'SELECT count(*) FROM change_log')).toBe(changesBefore)
      expect(count(city, 'SELECT count(*) FROM packages')).toBe(0)
      expect(count(city, 'SELECT count(*) FROM receipts')).toBe(0)

      rmSync(backupsDir)
      const applied = await city.ok('packages.import', { data: pkg.data, fileName: pkg.fileName })
      expect(applied.status).toBe('applied')
      expect(count(city, 'SELECT count(*) FROM persons')).toBe(2)
      const [backup] = beforePackageBackups(backupsDir)
      // Taken while the persons were being written, it holds none of them.
      expect(readXlbakHeader(join(backupsDir, backup!)).manifest.counts.persons).toBe(0)
    },
  )
})
