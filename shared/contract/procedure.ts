import type { z } from 'zod'
import type { Access } from './roles'

/**
 * One procedure of the contract. The output is a phantom type: outputs come from our own
 * handlers, so they are typed, not parsed (parsing 100k-row lists would cost for nothing).
 * `access: 'session'` means any signed-in user, even while the screen is locked.
 */
export interface Procedure<I extends z.ZodType, O> {
  readonly input: I
  readonly access: Access
  /** Written to the audit log by the dispatcher when true (reads are not audited). */
  readonly audited: boolean
  /**
   * Touches no database and may wait on the user (a print dialog): runs beside the call
   * queue instead of holding every other call back. Never audited.
   */
  readonly detached?: boolean
  /**
   * Long work (reading a whole file, writing thousands of rows): runs beside the call queue,
   * taking a turn in it for each step that touches the database, so that other calls answer
   * meanwhile; its input carries a `jobId` that `work.cancel` stops it by. Audited long work
   * writes everything in one turn, in one transaction (electron/core/longWork.ts).
   */
  readonly long?: boolean
  readonly _output?: O
}

export function procedure<O>() {
  return <I extends z.ZodType>(def: {
    input: I
    access: Access
    audited?: boolean
    detached?: boolean
    long?: boolean
  }) =>
    ({
      input: def.input,
      access: def.access,
      audited: def.audited ?? false,
      ...(def.detached ? { detached: true } : {}),
      ...(def.long ? { long: true } : {}),
    }) as Procedure<I, O>
}

export type InputOf<P> = P extends Procedure<infer I, unknown> ? z.input<I> : never
export type ParsedInputOf<P> = P extends Procedure<infer I, unknown> ? z.output<I> : never
export type OutputOf<P> = P extends Procedure<z.ZodType, infer O> ? O : never
