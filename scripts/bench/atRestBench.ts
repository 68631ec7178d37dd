import { copyFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { openSqlite } from '../../db/atRest/cipher'
import { KeyRing, readKeySlots } from '../../db/atRest/keyRing'
import { KEY_SLOTS_FILE } from '../../db/atRest/keySlots'
import { DATABASE_FILE } from '../../db/open'
import { DEFAULT_SCRYPT } from '../../electron/services/auth/password'
import { BENCH_ADMIN, openBenchCore, signIn, type BenchCore } from './benchCore'
import { RowSink, type BenchRow } from './rows'
import { samplePersons } from './sample'
import type { BenchScale } from './scales'
import { benchSearch } from './searchBench'
import { benchList } from './listBench'
import { benchStatistics } from './statisticsBench'
import { distribution, timeOnce } from './timing'

const CIPHER_BUDGET = { kind: 'ratio', limit: 1.5 } as const
const OPEN_BUDGET = { kind: 'max', limit: 1000 } as const
const OPENS = 3
/** The figures compared, as the main phases name them. */
const COMPARED = ['search.', 'list.', 'statistics.persons', 'statistics.activities']

/**
 * Encrypted beside plain, in the same run on the same data: the register's file as it is
 * (SQLCipher) and a decrypted copy, each opened by the core and put through the same search,
 * list and statistics phases. The plain core is given its session directly: a sign-in would
 * encrypt it (electron/core/core.ts). The encrypted one signs in through a slot wrapped at
 * the production scrypt cost, so its open includes the real key unwrap.
 */
export async function benchAtRest(
  sink: RowSink,
  main: BenchCore,
  scale: BenchScale,
  root: string,
  log: (line: string) => void,
): Promise<void> {
  const { encrypted, plain } = await copies(main, root)
  const opens = { plain: [] as number[], encrypted: [] as number[] }
  for (let i = 0; i < OPENS; i++) {
    const p = await timeOnce(() => openPlain(plain))
    p.value.close()
    opens.plain.push(p.ms)
    const e = await timeOnce(() => openEncrypted(encrypted))
    e.value.close()
    opens.encrypted.push(e.ms)
  }
  sink.add({
    id: 'atRest.open',
    operation: 'open, encrypted (key unwrapped at the production scrypt cost) vs plain',
    value: distribution(opens.encrypted),
    baseline: distribution(opens.plain),
    baselineLabel: 'the same database decrypted, opened with no key',
    budget: OPEN_BUDGET,
    note: `${OPENS} opens each, alternating; the encrypted one includes the sign-in's slot unwrap (scrypt N=2^17) and password check at the bench's cost`,
  })

  const sample = samplePersons(main.core.database.sqlite, scale.queries)
  const rows: Record<'plain' | 'encrypted', BenchRow[]> = { plain: [], encrypted: [] }
  for (const kind of ['plain', 'encrypted'] as const) {
    log(`at rest: ${kind}`)
    const b = kind === 'plain' ? await openPlain(plain) : await openEncrypted(encrypted)
    const own = new RowSink(scale.name)
    try {
      await benchSearch(own, b, sample)
      await benchList(own, b, scale, sample)
      await benchStatistics(own, b, scale)
    } finally {
      b.close()
    }
    rows[kind] = own.rows.filter((r) => COMPARED.some((c) => r.id.startsWith(c)))
  }
  for (const e of rows.encrypted) {
    const p = rows.plain.find((r) => r.id === e.id)
    if (!p) continue
    sink.add({
      id: `atRest.${e.id}`,
      operation: `${e.operation} — encrypted vs plain`,
      value: e.value,
      baseline: p.value,
      baselineLabel: 'the same procedure on the decrypted copy',
      budget: CIPHER_BUDGET,
    })
  }
  benchBulkInsert(sink, plain, encrypted, main.core.keys!.key, scale)
}

/** The register's files copied twice: as they are, and decrypted (no key file). */
async function copies(
  main: BenchCore,
  root: string,
): Promise<{ encrypted: string; plain: string }> {
  const from = main.core.config.dataDir
  main.core.database.sqlite.pragma('wal_checkpoint(TRUNCATE)')
  const encrypted = join(root, 'at-rest-encrypted')
  const plain = join(root, 'at-rest-plain')
  for (const dir of [encrypted, plain]) mkdirSync(dir, { recursive: true })
  copyFileSync(join(from, DATABASE_FILE), join(encrypted, DATABASE_FILE))
  copyFileSync(join(from, KEY_SLOTS_FILE), join(encrypted, KEY_SLOTS_FILE))
  copyFileSync(join(from, DATABASE_FILE), join(plain, DATABASE_FILE))
  const key = main.core.keys!.key
  const decrypting = openSqlite(join(plain, DATABASE_FILE), key)
  try {
    // Rekeying needs a rollback journal; the core puts WAL back when it opens the file.
    decrypting.pragma('journal_mode = DELETE')
    decrypting.pragma("rekey = ''")
  } finally {
    decrypting.close()
  }
  // The admin's slot at the cost a real installation pays at every sign-in.
  const slots = readKeySlots(encrypted)!
  const admin = slots.slots.find((s) => s.kind === 'user' && s.username === BENCH_ADMIN.username)
  if (!admin || admin.kind !== 'user') throw new Error('the register has no admin slot')
  const ring = KeyRing.opened(encrypted, slots, key, DEFAULT_SCRYPT)
  await ring.setUserPassword(admin, BENCH_ADMIN.password)
  return { encrypted, plain }
}

async function openEncrypted(dir: string): Promise<BenchCore> {
  const b = await openBenchCore(dir)
  await signIn(b)
  return b
}

async function openPlain(dir: string): Promise<BenchCore> {
  const b = await openBenchCore(dir)
  const admin = b.core.database.sqlite
    .prepare("SELECT id, display_name FROM users WHERE username = ? AND role = 'admin'")
    .get(BENCH_ADMIN.username) as { id: string; display_name: string }
  b.slot.set({
    userId: admin.id,
    username: BENCH_ADMIN.username,
    displayName: admin.display_name,
    role: 'admin',
    locked: false,
    mustChangePassword: false,
    lastActivity: Date.now(),
  })
  return b
}

/**
 * Rows of the persons table's width written in one transaction into each file: the page
 * writes a bulk import makes, with and without the cipher.
 */
function benchBulkInsert(
  sink: RowSink,
  plainDir: string,
  encryptedDir: string,
  key: Buffer,
  scale: BenchScale,
): void {
  const n = Math.min(scale.persons, 50_000)
  const time = (dir: string, k: Buffer | null) => {
    const db = openSqlite(join(dir, DATABASE_FILE), k)
    try {
      db.pragma('journal_mode = WAL')
      db.exec(
        'CREATE TABLE bench_bulk (id TEXT PRIMARY KEY, name TEXT, id_number TEXT, phone TEXT, employer TEXT, notes TEXT)',
      )
      db.exec('CREATE INDEX bench_bulk_name ON bench_bulk (name)')
      const add = db.prepare('INSERT INTO bench_bulk VALUES (?, ?, ?, ?, ?, ?)')
      const t0 = performance.now()
      db.transaction(() => {
        for (let i = 0; i < n; i++)
          add.run(
            `p-${i}`,
            `姓名${i % 9973}`,
            `33062119800101${String(i).padStart(4, '0')}`,
            `138${String(i).padStart(8, '0')}`,
            `某某科技有限公司第${i % 501}分公司`,
            '备注'.repeat(20),
          )
      })()
      db.pragma('wal_checkpoint(TRUNCATE)')
      return performance.now() - t0
    } finally {
      db.close()
    }
  }
  const plainMs = time(plainDir, null)
  const encryptedMs = time(encryptedDir, key)
  sink.add({
    id: 'atRest.bulkInsert',
    operation: `bulk insert of ${n} person-sized rows in one transaction, encrypted vs plain`,
    value: encryptedMs,
    baseline: plainMs,
    baselineLabel: 'the same rows into the decrypted copy',
    budget: CIPHER_BUDGET,
    note: 'raw SQL, WAL checkpoint included: the cipher cost of the pages an import writes',
  })
}
