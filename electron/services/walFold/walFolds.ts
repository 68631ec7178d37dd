import type BetterSqlite3 from 'better-sqlite3'
import type { Logger } from '../logger'
import type { WalFoldJob, WalFoldOutcome } from './walFoldWorker'
import { untilSettled } from '../workers/untilSettled'
import { hasPendingIndexes } from '../../../db/pendingIndexes'

/** SQLite's default: a commit that leaves this many pages in the WAL checkpoints them. */
export const AUTOCHECKPOINT_PAGES = 1000

type Fold = (job: WalFoldJob, signal: AbortSignal) => Promise<WalFoldOutcome>

/**
 * The WAL checkpoint after a bulk write (an import, a package), off the user's wait, and
 * before it the indexes the write left to build (db/pendingIndexes.ts). SQLite
 * checkpoints in the COMMIT of the connection that wrote: for an import of 100k persons
 * that is every page of the transaction read back from the WAL, decrypted, checked and
 * encrypted again into the file — about a fifth of the apply, while the user watches the
 * bar. The commit is durable without it (WAL, synchronous FULL); the checkpoint only moves
 * the pages into the file. So a bulk write `hold`s its connection's automatic checkpoint
 * off for its transaction, and once the call has ended `release` folds the WAL in on a
 * connection of its own, in a worker thread (walFoldWorker.ts), while the app answers.
 *
 * Whatever would meet a fold under way waits for `idle()`: a backup (its pinned copy needs
 * the WAL folded), a restore and the move to encryption (the file is replaced; Windows
 * cannot rename a file another connection holds open). A fold that fails, or is stopped by
 * the app closing, loses nothing: the frames stay in the WAL, and the connection's next
 * checkpoint (its own, or the close's) folds them.
 */
export class WalFolds {
  private held: BetterSqlite3.Database | null = null
  private queue: Promise<void> = Promise.resolve()
  private waiting = 0
  private readonly closing = new AbortController()

  constructor(
    private readonly fold: Fold,
    /** The open database's key (null: a plain one from before encryption). */
    private readonly keyOf: () => Buffer | null,
    private readonly log: Pick<Logger, 'info' | 'error'>,
  ) {}

  /** Inside a bulk write's transaction: its COMMIT leaves the pages in the WAL. */
  hold(sqlite: BetterSqlite3.Database): void {
    sqlite.pragma('wal_autocheckpoint = 0')
    this.held = sqlite
  }

  /**
   * After the call that held has ended (committed or rolled back; the dispatcher calls it
   * after every call, and it waits for the transaction to be over): the fold is queued, and
   * the connection gets its own checkpoints back once the last fold queued is done — until
   * then a commit of the user's skips the checkpoint instead of doing this one's work.
   */
  release(): void {
    const held = this.held
    // Another call answering while the bulk write's transaction is still open (long work
    // beside the queue) is not its end: the fold must come after the COMMIT.
    if (!held || held.inTransaction) return
    this.held = null
    this.enqueue(held, this.keyOf())
  }

  /**
   * At open: indexes an earlier bulk write left to build (the app stopped before its worker
   * was done) are built in the worker, as after the write itself. The key is given: the
   * core has not made the database its open one yet.
   */
  resume(sqlite: BetterSqlite3.Database, key: Buffer | null): void {
    if (hasPendingIndexes(sqlite)) this.enqueue(sqlite, key)
  }

  private enqueue(held: BetterSqlite3.Database, key: Buffer | null): void {
    this.waiting++
    const job: WalFoldJob = { dbPath: held.name, key }
    this.queue = this.queue.then(async () => {
      try {
        if (this.closing.signal.aborted) return
        const outcome = await this.fold(job, this.closing.signal)
        if (outcome.indexesBuilt)
          this.log.info(`${outcome.indexesBuilt} indexes built after a bulk write`)
        // A reader on an older snapshot keeps its frames: the app's next checkpoint takes them.
        if (outcome.busy || outcome.checkpointed < outcome.log)
          this.log.info(`WAL folded in part: ${outcome.checkpointed} of ${outcome.log} frames`)
      } catch (e) {
        // An index not built stays pending: the next bulk write, or the next open, builds it.
        if (!this.closing.signal.aborted)
          this.log.error('folding the WAL after a bulk write failed', e)
      } finally {
        this.waiting--
        if (this.waiting === 0 && !this.held && held.open)
          held.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`)
      }
    })
  }

  /** Resolves once no fold is under way or queued. */
  idle(): Promise<void> {
    return untilSettled(() => this.queue)
  }

  /** The app closes: a fold under way stops (its frames stay in the WAL) and none starts. */
  close(): void {
    this.closing.abort()
    this.held = null
  }
}
