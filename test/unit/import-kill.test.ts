import ExcelJS from 'exceljs'
import { spawn } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generatePersons } from '../../electron/services/demo/generatePersons'
import { makeTestCore } from '../helpers/testCore'
import { countRows } from './import-fixtures'
import { openDataDirDatabase } from '../helpers/dataDirDatabase'

const CHILD = fileURLToPath(new URL('./import-kill-child.ts', import.meta.url))
const ROWS = 5000
const KILLS = 6

let root: string
let template: string
let roster: string

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'xinlian-kill-'))
  template = join(root, 'template')
  const t = await makeTestCore({ dir: template })
  t.core.close()
  roster = join(root, 'roster.xlsx')
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: roster })
  const ws = wb.addWorksheet('名单')
  ws.addRow([
    '序号',
    '姓名',
    '性别',
    '出生年月',
    '身份证号',
    '工作单位',
    '手机',
    '人员类别',
  ]).commit()
  let n = 0
  for (const p of generatePersons({ seed: 7, count: ROWS, unitCode: '330621' })) {
    ws.addRow([
      ++n,
      p.name,
      p.sex === '1' ? '男' : '女',
      p.birthDate,
      p.idNumber,
      p.employer,
      p.phone,
      '律师',
    ]).commit()
  }
  ws.commit()
  await wb.commit()
}, 120_000)

afterAll(() => rmSync(root, { recursive: true, force: true }))

interface Run {
  code: number | null
  signal: NodeJS.Signals | null
  applyMs: number | null
}

/** Runs the child; kills it `killAfterMs` after it starts applying (never, when null). */
function runChild(dir: string, killAfterMs: number | null): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, roster], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let started = 0
    let out = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d
      if (!started && out.includes('applying')) {
        started = performance.now()
        if (killAfterMs !== null) setTimeout(() => child.kill('SIGKILL'), killAfterMs)
      }
    })
    child.stderr.resume()
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      resolve({ code, signal, applyMs: started ? performance.now() - started : null }),
    )
  })
}

function inspect(dir: string) {
  // Opening read-write replays or discards the WAL as a restart of the app would.
  const db = openDataDirDatabase(dir)
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      persons: countRows(db, 'persons'),
      distinctIds: db
        .prepare('SELECT count(DISTINCT id_number) FROM persons')
        .pluck()
        .get() as number,
      batches: countRows(db, 'import_batches'),
      // The persons the batch recorded as its own: its run of rids, each one a person.
      batchCreates: db
        .prepare(
          `SELECT count(*) FROM import_batches b
             JOIN persons p ON p.rid BETWEEN b.created_rid_from AND b.created_rid_to`,
        )
        .pluck()
        .get() as number,
      // The persons change_log names: a bulk write's creates are one entry a run of rids.
      changes: db
        .prepare(
          `SELECT coalesce(sum(CASE WHEN r.seq IS NULL THEN 1 ELSE r.run_last - r.run_first + 1 END), 0)
             FROM change_log c LEFT JOIN change_log_runs r ON r.seq = c.seq
            WHERE c.table_name = 'persons'`,
        )
        .pluck()
        .get() as number,
      categories: countRows(db, 'person_categories'),
      ftsDocs: countRows(db, 'person_fts_tri_docsize'),
      // An index dropped for the import is back, or named for a build after the COMMIT
      // (the child closes without waiting for that build, as a quitting app may).
      indexes: db
        .prepare(
          "SELECT (SELECT count(*) FROM sqlite_master WHERE type = 'index') + (SELECT count(*) FROM pending_indexes)",
        )
        .pluck()
        .get() as number,
    }
  } finally {
    db.close()
  }
}

describe('killing the process during an import', () => {
  it('leaves either the whole batch or nothing, with integrity_check ok, every time', async () => {
    const indexesBefore = inspect(template).indexes
    const calibration = join(root, 'calibration')
    cpSync(template, calibration, { recursive: true })
    const full = await runChild(calibration, null)
    expect(full.code).toBe(0)
    const whole = inspect(calibration)
    expect(whole).toMatchObject({
      integrity: 'ok',
      persons: ROWS,
      batches: 1,
      batchCreates: ROWS,
      changes: ROWS,
    })
    const applyMs = full.applyMs!

    const outcomes: string[] = []
    for (let i = 0; i < KILLS; i++) {
      const dir = join(root, `kill-${i}`)
      cpSync(template, dir, { recursive: true })
      // Spread over the apply: early, middle, late, and a little past its usual end.
      const delay = Math.round(((i + Math.random()) / KILLS) * applyMs * 1.1)
      const run = await runChild(dir, delay)
      const after = inspect(dir)
      expect(after.integrity).toBe('ok')
      expect(after.indexes).toBe(indexesBefore)
      expect(after.persons).toBe(after.distinctIds)
      if (after.persons === 0) {
        expect(after).toMatchObject({
          batches: 0,
          batchCreates: 0,
          changes: 0,
          categories: 0,
          ftsDocs: 0,
        })
      } else {
        expect(after).toMatchObject({
          persons: ROWS,
          batches: 1,
          batchCreates: ROWS,
          changes: ROWS,
          categories: ROWS,
          ftsDocs: ROWS,
        })
      }
      outcomes.push(`${run.signal ?? run.code}@${delay}ms→${after.persons}`)
    }
    // Most kills land inside the transaction; the test is only meaningful if some do.
    expect(outcomes.some((o) => o.startsWith('SIGKILL') && o.endsWith('→0'))).toBe(true)
  }, 240_000)
})
