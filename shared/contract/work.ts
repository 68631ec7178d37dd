import { z } from 'zod'
import { procedure } from './procedure'

/**
 * Long work (an import's reading and writing, an export) runs beside the call queue and can be
 * cancelled: the caller names each such call with a job id of its own making, and cancels it
 * by that id. The id means nothing outside the session that started the work.
 */
export const jobIdField = z.string().min(8).max(64).optional()

export const workContract = {
  /** Answers whether a running job of this session was told to stop. */
  'work.cancel': procedure<boolean>()({
    input: z.strictObject({ jobId: z.string().min(8).max(64) }),
    access: 'session',
    // Must reach the job while it runs: never waits behind the queue it could be holding.
    detached: true,
  }),
}
