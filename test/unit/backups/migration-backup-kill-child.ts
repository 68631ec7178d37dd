// Child process of migration-backup-kill.test.ts: opens a data directory's database with one
// migration more than it has (the probe), says when the open has returned — the migration
// done, its backup still being written in the background — then closes, which waits for it.
import { openDatabase } from '../../../db/open'
import { withKillProbe } from './migrationKillProbe'

const [file, keyHex] = process.argv.slice(2)
const opened = await openDatabase(file!, {
  mounts: [],
  key: Buffer.from(keyHex!, 'hex'),
  migrationSet: withKillProbe(),
})
process.stdout.write(`migrated ${opened.migrated.join(',')}\n`)
opened.close()
process.stdout.write('closed\n')
