import { maskSensitiveText } from '../../shared/privacy/mask'
import type { CliError } from './errors'

export interface Io {
  stdout(text: string): void
  stderr(text: string): void
  /** Someone watches stderr: long work shows its progress there unasked. */
  readonly stderrIsTTY?: boolean
}

export const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTTY: process.stderr.isTTY === true,
}

/**
 * Where a command's answer goes. With --json stdout carries exactly one JSON document —
 * the result, or `{ok:false,error}` — and every human sentence goes to stderr; without it
 * the result is plain Chinese lines on stdout. Everything printed is masked first.
 */
export class Output {
  private answered = false

  constructor(
    private readonly io: Io,
    readonly json: boolean,
  ) {}

  /** The command's answer: `doc` for --json, `lines` for people. Once per run. */
  result(doc: Record<string, unknown>, lines: string[]): void {
    this.claim()
    if (this.json) this.io.stdout(`${maskSensitiveText(JSON.stringify(doc))}\n`)
    else this.lines(this.io.stdout, lines)
  }

  /** A side remark (warnings, how to stop a server): stderr, so --json stays one document. */
  note(...lines: string[]): void {
    this.lines(this.io.stderr, lines)
  }

  /** Whether progress lines go to stderr: asked for with --progress, or someone is watching. */
  showsProgress(asked: boolean | undefined): boolean {
    return asked === true || this.io.stderrIsTTY === true
  }

  /** The failure: Chinese on stderr; with --json also the one document on stdout. */
  fail(err: CliError): void {
    this.lines(this.io.stderr, [err.message])
    if (this.json && !this.answered) {
      this.answered = true
      const doc = { ok: false, error: { code: err.code, message: err.message } }
      this.io.stdout(`${maskSensitiveText(JSON.stringify(doc))}\n`)
    }
  }

  private claim() {
    if (this.answered) throw new Error('a command answered twice')
    this.answered = true
  }

  private lines(write: (text: string) => void, lines: string[]) {
    if (lines.length) write(lines.map((l) => `${maskSensitiveText(l)}\n`).join(''))
  }
}
