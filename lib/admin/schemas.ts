import { z } from 'zod'
import { optionalVnDate } from '@/lib/dates/date-schema'

// Messages are catalogue keys under `errors`; the action wrapper translates them.
const id = z.string().min(1, 'required').max(40)
const name = z.string().trim().min(1, 'required').max(200, 'tooLong')
const year = z.coerce.number({ message: 'year' }).int('year').min(2000, 'year').max(2100, 'year')

export const unitKinds = ['PROVINCE', 'CITY', 'DISTRICT', 'TOWN', 'COMMUNE', 'WARD', 'DEPARTMENT', 'AGENCY', 'OTHER'] as const

export const createClusterSchema = z.object({
  provinceId: id,
  name,
  description: z.string().trim().max(1000, 'tooLong').optional().default(''),
})
export type CreateClusterInput = z.output<typeof createClusterSchema>

export const createUnitSchema = z
  .object({
    provinceId: id,
    name,
    kind: z.enum(unitKinds, { message: 'unitKind' }),
    validFrom: optionalVnDate,
    validTo: optionalVnDate,
  })
  .refine((u) => !u.validFrom || !u.validTo || u.validFrom <= u.validTo, { message: 'validRange', path: ['validTo'] })
export type CreateUnitInput = z.output<typeof createUnitSchema>

export const addMembershipSchema = z.object({
  clusterId: id,
  unitId: id,
  year,
  rotationOrder: z
    .string()
    .trim()
    .transform((v) => (v === '' ? null : Number(v)))
    .pipe(z.number({ message: 'rotationOrder' }).int('rotationOrder').min(1, 'rotationOrder').max(99, 'rotationOrder').nullable())
    .optional()
    .default(null),
})
export type AddMembershipInput = z.output<typeof addMembershipSchema>

export const removeMembershipSchema = z.object({ membershipId: id })
export type RemoveMembershipInput = z.output<typeof removeMembershipSchema>
