import { appendFileSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { maskSensitiveText } from '../../shared/privacy/mask'

export interface Logger {
  info(message: string): void
  warn(message: string): void
  error(message: string, err?: unknown): void
}

/** A plain-text log in the data directory; everything written is masked first. */
export function fileLogger(file: string | null): Logger {
  if (file) mkdirSync(dirname(file), { recursive: true })
  const write = (level: string, message: string) => {
    const line = `${new Date().toISOString()} ${level} ${maskSensitiveText(message)}\n`
    if (file) appendFileSync(file, line)
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
