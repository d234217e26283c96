import 'server-only'
import type { z } from 'zod'
import { db } from '@/lib/db/client'
import { writeAudit } from '@/lib/audit/write-audit'
import { ActionRefusal } from './action-refusal'
import { can, mayEver, type Action, type Principal, type Scope } from './permissions'
import type { RunContext } from './write-context'

export type GuardedDefinition<S extends z.ZodType> = {
  name: string // audit action name, e.g. 'cluster.create'
  schema: S
  action: Action
  // Where the change lands, read from the validated input (ids are looked up, never trusted).
  // null when the target does not exist.
  scope: (input: z.output<S>) => Promise<Scope | null>
  // The write itself, inside the transaction that also holds its audit row. Throw ActionRefusal
  // for a business rule; return the catalogue key of the success message.
  run: (input: z.output<S>, ctx: RunContext) => Promise<string>
  // The message when a unique index refuses the write: two people raced, and the other one won.
  conflict?: string
}

// Message keys (under `errors`, or the success key), translated by the caller.
export type GuardedResult =
  { ok: true; messageKey: string } | { ok: false; messageKey: string; fieldErrors?: Record<string, string>; data?: unknown }

// Every mutation goes through here, in this order: signed in → may this user do this here →
// valid input → write with its audit row in one transaction. Refusals are audited too.
export async function runGuarded<S extends z.ZodType>(
  def: GuardedDefinition<S>,
  request: { principal: Principal | null; values: Record<string, unknown>; ip: string; userAgent?: string },
): Promise<GuardedResult> {
  const { principal, values, ip } = request
  if (!principal) return { ok: false, messageKey: 'signInRequired' }

  const refuse = async (scope: Partial<Scope>, reason: string): Promise<GuardedResult> => {
    await writeAudit(db, {
      actorId: principal.userId,
      action: 'permission.refused',
      entity: def.name,
      provinceId: scope.provinceId,
      clusterId: scope.clusterId,
      unitId: scope.unitId,
      year: scope.year,
      ip,
      data: { reason },
    })
    return { ok: false, messageKey: 'forbidden' }
  }

  if (!mayEver(principal, def.action)) return refuse({}, 'role')

  const parsed = def.schema.safeParse(values)
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {}
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? 'form')] ??= issue.message
    return { ok: false, messageKey: 'checkFields', fieldErrors }
  }

  const scope = await def.scope(parsed.data)
  if (!scope) return { ok: false, messageKey: 'notFound' }
  if (!can(principal, def.action, scope)) return refuse(scope, 'scope')

  try {
    const userAgent = request.userAgent ?? 'unknown'
    const messageKey = await db.$transaction(
      (tx) => def.run(parsed.data, { tx, principal, scope, actorId: principal.userId, provinceId: scope.provinceId, ip, userAgent }),
      { timeout: 20_000 },
    )
    return { ok: true, messageKey }
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, messageKey: def.conflict ?? 'conflict' }
    if (!(error instanceof ActionRefusal)) throw error
    // The transaction rolled back; the refusal itself is still on record.
    await writeAudit(db, {
      actorId: principal.userId,
      action: 'action.refused',
      entity: def.name,
      provinceId: scope.provinceId,
      clusterId: scope.clusterId,
      unitId: scope.unitId,
      year: scope.year,
      ip,
      data: { reason: error.messageKey, field: error.field ?? null },
    })
    if (error.more) return { ok: false, messageKey: error.messageKey, fieldErrors: error.more.fieldErrors, data: error.more.data }
    return error.field
      ? { ok: false, messageKey: 'checkFields', fieldErrors: { [error.field]: error.messageKey } }
      : { ok: false, messageKey: error.messageKey }
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002'
}
