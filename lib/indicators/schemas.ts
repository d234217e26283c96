import { z } from 'zod'

// One edited cell of the entry grid: what the user typed, and the version of the row they started
// from (0 = the row did not exist), so a change made meanwhile by someone else is not overwritten.
export const cellChangeSchema = z.object({
  unitId: z.string().min(1).max(40),
  indicatorId: z.string().min(1).max(40),
  field: z.enum(['actual', 'previous', 'qualifier', 'note', 'target']),
  source: z.string().trim().max(100).optional(), // for a target: its source ("Tỉnh giao" …)
  text: z.string().max(2000),
  expectedVersion: z.number().int().min(0),
})
export type CellChange = z.output<typeof cellChangeSchema>

export const saveGridSchema = z.object({
  clusterId: z.string().min(1, 'required').max(40),
  year: z.coerce.number({ message: 'year' }).int('year').min(2000, 'year').max(2100, 'year'),
  period: z.enum(['H1', 'YEAR'], { message: 'invalid' }),
  // 20 members × 80 indicators × a few fields: sent as one JSON field of the form.
  changes: z
    .string()
    .max(5_000_000, 'tooLong')
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown
      } catch {
        ctx.addIssue({ code: 'custom', message: 'invalid' })
        return z.NEVER
      }
    })
    .pipe(z.array(cellChangeSchema, { message: 'invalid' }).min(1, 'nothingToSave').max(40_000, 'tooMany')),
})
export type SaveGridInput = z.output<typeof saveGridSchema>

export const qualifiers = ['EXACT', 'OVER', 'NEARLY', 'ABOUT'] as const
export const defaultTargetSource = 'Tỉnh giao'

export const reviewSchema = z
  .object({
    clusterId: z.string().min(1, 'required').max(40),
    unitId: z.string().min(1, 'required').max(40),
    year: z.coerce.number({ message: 'year' }).int('year').min(2000, 'year').max(2100, 'year'),
    period: z.enum(['H1', 'YEAR'], { message: 'invalid' }),
    step: z.enum(['submit', 'confirm', 'return'], { message: 'invalid' }),
    comment: z.string().trim().max(2000, 'tooLong').optional().default(''),
  })
  // Returning figures without saying why leaves the member guessing: a comment is required.
  .refine((r) => r.step !== 'return' || r.comment.length > 0, { message: 'commentRequired', path: ['comment'] })
export type ReviewInput = z.output<typeof reviewSchema>
