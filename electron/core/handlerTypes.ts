import type { Contract, Method, Output } from '../../shared/contract'
import type { ParsedInputOf } from '../../shared/contract/procedure'
import type { HandlerContext } from './context'

export type Handler<M extends Method> = (
  ctx: HandlerContext,
  input: ParsedInputOf<Contract[M]>,
) => Promise<Output<M>> | Output<M>

export type HandlerMap = { [M in Method]: Handler<M> }
/** Handlers of one domain: a file under electron/handlers exports one of these. */
export type DomainHandlers<M extends Method> = { [K in M]: Handler<K> }
