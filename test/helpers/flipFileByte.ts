import { closeSync, openSync, readSync, writeSync } from 'node:fs'

/**
 * Flips the lowest bit of the byte at `offset` of a file, in place: always a change, where
 * writing a fixed value over an encrypted byte leaves it as it was one time in 256.
 */
export function flipFileByte(path: string, offset: number): void {
  const fd = openSync(path, 'r+')
  try {
    const b = Buffer.alloc(1)
    readSync(fd, b, 0, 1, offset)
    b[0] = b[0]! ^ 0x01
    writeSync(fd, b, 0, 1, offset)
  } finally {
    closeSync(fd)
  }
}
