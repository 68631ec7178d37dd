/**
 * How long a statement waits for another connection's write transaction before SQLITE_BUSY:
 * the app's, the CLI's, or a worker's (an index build after an import takes ~1.5 s at a
 * province).
 */
export const BUSY_TIMEOUT_MS = 5000
