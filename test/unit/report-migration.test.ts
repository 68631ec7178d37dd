import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { migrations } from '../../db/migrations'
import { openDatabase } from '../../db/open'
import { TEST_DATABASE_KEY } from '../helpers/testCore'

const dir = mkdtempSync(join(tmpdir(), 'xinlian-reports-db-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('0008_report_templates', () => {
  it('is taken by a database that already ran 0009, with the default template', async () => {
    const file = join(dir, 'xinlian.db')
    const { '0008_report_templates': _later, ...before } = migrations
    ;(
      await openDatabase(file, { mounts: [], key: TEST_DATABASE_KEY, migrationSet: before })
    ).close()
    const o = await openDatabase(file, { mounts: [], key: TEST_DATABASE_KEY })
    try {
      expect(o.migrated).toEqual(['0008_report_templates'])
      const names = o.sqlite
        .prepare('SELECT name FROM report_templates WHERE is_default = 1')
        .pluck()
        .all()
      expect(names).toEqual(['新的社会阶层人士统战工作情况统计表'])
    } finally {
      o.close()
    }
  })
})
