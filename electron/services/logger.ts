import { closeSync, constants, openSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'
import { keepPrivate, PRIVATE_FILE_MODE, privateFolder } from '../../db/privateFiles'
import { maskSensitiveText } from '../../shared/privacy/mask'

/** O_NOFOLLOW is 0 where the system has none (Windows). */
const APPEND_NO_FOLLOW =
  constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | (constants.O_NOFOLLOW ?? 0)

export interface Logger {
  info(message: string): void
  warn(message: string): void
  error(message: string, err?: unknown): void
}

function appendPrivately(file: string, line: string): void {
  const fd = openSync(file, APPEND_NO_FOLLOW, PRIVATE_FILE_MODE)
  try {
    writeSync(fd, line)
  } finally {
    closeSync(fd)
  }
}

/** A plain-text log in the data directory; everything written is masked first. */
export function fileLogger(file: string | null): Logger {
  if (file) {
    privateFolder(dirname(file))
    keepPrivate(file)
  }
  const write = (level: string, message: string) => {
    const line = `${new Date().toISOString()} ${level} ${maskSensitiveText(message)}\n`
    // A log grows line by line, so it cannot go through the temp-and-rename writer; it is
    // opened private, for appending only, and never through a link.
    if (file) appendPrivately(file, line)
  }
  return {
    info: (m) => write('INFO', m),
    warn: (m) => write('WARN', m),
    error: (m, err) =>
      write(
        'ERROR',
        err instanceof Error ? `${m}: ${err.stack ?? err.message}` : `${m}: ${String(err ?? '')}`,
      ),
  }
}
