import type { Tx } from '@/lib/db/client'
import type { Principal, Scope } from './permissions'

// What every write service receives from runGuarded: the transaction that also holds the audit
// row, who acts, from where, and the province the permission check settled on.
export type WriteContext = { tx: Tx; actorId: string; ip: string; userAgent: string; provinceId: string }

// The same, with the principal and the checked scope for services that check rights per row.
export type RunContext = WriteContext & { principal: Principal; scope: Scope }

// A definition's `run` for the common case: call the service with the context, answer a message.
export function write<I>(service: (ctx: RunContext, input: I) => Promise<unknown>, messageKey: string) {
  return async (input: I, ctx: RunContext) => {
    await service(ctx, input)
    return messageKey
  }
}
