import { z } from 'zod'
import { vnDate } from '@/lib/dates/date-schema'

const id = z.string().min(1, 'required').max(40)
const optionalId = z
  .string()
  .trim()
  .max(40)
  .optional()
  .transform((v) => v || null)
const year = z.coerce.number({ message: 'year' }).int('year').min(2000, 'year').max(2100, 'year')
const reason = z.string().trim().max(2000, 'tooLong').optional().default('')

export const confirmHandoverSchema = z
  .object({ meetingId: id, chairUnitId: id, deputyUnitId: optionalId, reason })
  .refine((h) => h.chairUnitId !== h.deputyUnitId, { message: 'deputySameAsChair', path: ['deputyUnitId'] })
export type ConfirmHandoverInput = z.output<typeof confirmHandoverSchema>

export const assignTermSchema = z.object({
  clusterId: id,
  year,
  role: z.enum(['CHAIR', 'DEPUTY'], { message: 'invalid' }),
  unitId: id,
  reason: z.string().trim().min(1, 'reasonRequired').max(2000, 'tooLong'),
})
export type AssignTermInput = z.output<typeof assignTermSchema>

export const carryForwardSchema = z.object({ clusterId: id, fromYear: year })
export type CarryForwardInput = z.output<typeof carryForwardSchema>

// The rotation order of a cluster-year: one field per membership, order_<membershipId> = 1, 2, 3 …
export const rotationOrderSchema = z
  .object({ clusterId: id, year })
  .catchall(z.unknown())
  .transform((input, ctx) => {
    const order: { membershipId: string; position: number }[] = []
    for (const [key, value] of Object.entries(input)) {
      if (!key.startsWith('order_')) continue
      const position = Number(value)
      if (!Number.isInteger(position) || position < 1 || position > 99)
        ctx.addIssue({ code: 'custom', message: 'rotationOrder', path: [key] })
      else order.push({ membershipId: key.slice(6), position })
    }
    const seen = new Set<number>()
    for (const o of order) {
      if (seen.has(o.position)) ctx.addIssue({ code: 'custom', message: 'rotationDuplicate', path: [`order_${o.membershipId}`] })
      seen.add(o.position)
    }
    return { clusterId: input.clusterId, year: input.year, order }
  })
export type RotationOrderInput = z.output<typeof rotationOrderSchema>

export const successionSchema = z
  .object({
    predecessorId: id,
    successorId: id,
    effectiveOn: vnDate,
  })
  .refine((s) => s.predecessorId !== s.successorId, { message: 'successorSelf', path: ['successorId'] })
export type SuccessionInput = z.output<typeof successionSchema>
