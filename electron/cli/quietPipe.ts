/**
 * `xinlian … --json | head -1`: the reader has what it wanted and closed the pipe. Writing
 * on gives EPIPE, which Node raises as an uncaught error with a stack trace. The rest of the
 * answer has nobody to read it, so it is dropped and the command finishes as it would have.
 */
export function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e
  })
}
