import { z } from 'zod'
import { parseVnDate } from './vn-date'

// A form's date field: dd/mm/yyyy typed (ISO accepted from programs), ISO out. Messages are
// catalogue keys under `errors`: the wrong shape, a day that does not exist, a year out of range.
function toIso(value: string, ctx: z.core.$RefinementCtx<string>) {
  const parsed = parseVnDate(value)
  if (parsed.ok) return parsed.iso
  ctx.addIssue({ code: 'custom', message: parsed.problem })
  return z.NEVER
}

export const vnDate = z.string({ error: 'date' }).transform(toIso)

/** The same, where an empty field means "no date" (null). */
export const optionalVnDate = z
  .string()
  .optional()
  .default('')
  .transform((value, ctx) => (value.trim() === '' ? null : toIso(value, ctx)))
