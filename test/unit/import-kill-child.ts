// Child process of import-kill.test.ts: imports one file into a data directory, saying when
// the apply starts, so that the parent can kill it somewhere inside the transaction.
import { readFileSync } from 'node:fs'
import { createCore } from '../../electron/core/core'
import { SessionSlot } from '../../electron/core/session'
import { ADMIN, TEST_SCRYPT } from '../helpers/testCore'

const [dataDir, file] = process.argv.slice(2)
const core = await createCore(
  { dataDir: dataDir!, appVersion: 'test', shell: 'test', scrypt: TEST_SCRYPT },
  { mounts: [] },
)
const slot = new SessionSlot()
const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}
must(await core.call(slot, 'auth.login', { username: ADMIN.username, password: ADMIN.password }))
const preview = must(
  await core.call(slot, 'imports.preview', {
    fileName: 'roster.xlsx',
    data: readFileSync(file!).toString('base64'),
  }),
)
process.stdout.write(`applying ${preview.counts.created}\n`)
const result = must(await core.call(slot, 'imports.apply', { token: preview.token }))
process.stdout.write(`done ${result.counts.created}\n`)
core.close()
