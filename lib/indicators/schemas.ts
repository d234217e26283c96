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

const kinds = ['AMOUNT', 'COUNT', 'PERCENTAGE', 'RATE', 'BOOLEAN'] as const
export const indicatorKinds = kinds
const yearField = z.coerce.number({ message: 'year' }).int('year').min(2000, 'year').max(2100, 'year')

export const createIndicatorSchema = z
  .object({
    provinceId: z.string().min(1, 'required').max(40),
    year: yearField,
    code: z
      .string()
      .trim()
      .toUpperCase()
      .min(1, 'required')
      .max(30, 'tooLong')
      .regex(/^[A-Z0-9_]+$/, 'indicatorCode'),
    nameVi: z.string().trim().min(1, 'required').max(300, 'tooLong'),
    nameEn: z.string().trim().min(1, 'required').max(300, 'tooLong'),
    unit: z.string().trim().min(1, 'required').max(50, 'tooLong'),
    kind: z.enum(kinds, { message: 'invalid' }),
    direction: z.enum(['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'], { message: 'invalid' }),
    reduction: z
      .literal('on')
      .optional()
      .transform((v) => v === 'on'),
    decimals: z.coerce.number({ message: 'invalid' }).int('invalid').min(0, 'invalid').max(4, 'invalid'),
    groupName: z.string().trim().min(1, 'required').max(100, 'tooLong'),
    periodH1: z.literal('on').optional(),
    periodYear: z.literal('on').optional(),
  })
  .refine((i) => i.periodH1 || i.periodYear, { message: 'periodRequired', path: ['periodYear'] })
export type CreateIndicatorInput = z.output<typeof createIndicatorSchema>

export const copyListSchema = z.object({ provinceId: z.string().min(1, 'required').max(40), year: yearField })
