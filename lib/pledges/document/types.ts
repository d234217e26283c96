import { z } from 'zod'

// The content of one pledge version: exactly what members sign, so everything a reader sees in the PDF
// comes from here (plus the signatures and the verification data). Text is plain text: nothing is ever
// read as HTML or markdown, so "<b>" or "<script>" is printed as typed.
// Error messages are short keys; the caller maps them to the message catalogue.

// C0 controls other than tab and newlines print nothing (or a box) but would change the fingerprint:
// refuse them rather than sign something invisible.
const noControlChars = (s: string) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s)

const line = (max: number) =>
  z
    .string({ error: 'required' })
    .trim()
    .min(1, 'required')
    .max(max, 'tooLong')
    .refine((s) => !/[\r\n]/.test(s), 'singleLine')
    .refine(noControlChars, 'invalidChar')

const text = (max: number) =>
  z.string({ error: 'required' }).trim().min(1, 'required').max(max, 'tooLong').refine(noControlChars, 'invalidChar')

export const blockSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('heading'), text: line(300) }),
    z.object({ type: z.literal('paragraph'), text: text(5000) }),
    z.object({
      type: z.literal('list'),
      ordered: z.boolean({ error: 'required' }),
      items: z.array(text(2000), { error: 'required' }).min(1, 'required').max(100, 'tooMany'),
    }),
  ],
  { error: 'invalid' },
)
export type Block = z.infer<typeof blockSchema>

// Wider than 12 indicators no longer fits A4 portrait at a readable size (≥ 9 pt).
export const MAX_TARGET_COLUMNS = 12

export const targetsSchema = z
  .object({
    columns: z.array(line(120), { error: 'required' }).min(1, 'required').max(MAX_TARGET_COLUMNS, 'tooMany'),
    rows: z
      .array(
        z.object({
          unitName: line(200),
          // A figure as the secretariat typed it ("2.522,81", "trên 19 nghìn"); empty means "no target".
          values: z.array(z.string().trim().max(100, 'tooLong').refine(noControlChars, 'invalidChar')),
        }),
        { error: 'required' },
      )
      .min(1, 'required')
      .max(300, 'tooMany'),
  })
  .superRefine((t, ctx) => {
    t.rows.forEach((row, i) => {
      if (row.values.length !== t.columns.length) {
        ctx.addIssue({ code: 'custom', message: 'columnMismatch', path: ['rows', i, 'values'] })
      }
    })
  })
export type Targets = z.infer<typeof targetsSchema>

export const signatorySchema = z.object({
  unitName: line(200),
  title: line(200), // "CHỦ TỊCH UBND HUYỆN VŨ QUANG"
  personName: line(100),
})
export type Signatory = z.infer<typeof signatorySchema>

const isoDate = z
  .string({ error: 'required' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'invalidDate', abort: true })
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`)
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
  }, 'invalidDate')

export const pledgeContentSchema = z
  .object({
    clusterName: line(200),
    year: z.number({ error: 'required' }).int('invalid').min(2000, 'invalid').max(2100, 'invalid'),
    title: line(300),
    theme: text(500),
    preamble: z.string().trim().max(5000, 'tooLong').refine(noControlChars, 'invalidChar'),
    commitments: z.array(blockSchema, { error: 'required' }).max(200, 'tooMany'),
    targets: targetsSchema.nullable(),
    place: line(100),
    signingDate: isoDate,
    // Up to three lines: the parent body over the issuing body ("UBND TỈNH HÀ TĨNH\nCỤM THI ĐUA SỐ 2").
    issuer: text(200).refine((s) => s.split('\n').length <= 3, 'tooManyLines'),
    // A form sends '' for "not numbered yet": treat it as absent.
    documentNumber: z
      .string()
      .trim()
      .optional()
      .transform((v) => v || undefined)
      .pipe(line(50).optional()),
    recipients: z.array(line(200), { error: 'required' }).max(30, 'tooMany'),
    signatories: z.array(signatorySchema, { error: 'required' }).min(1, 'required').max(60, 'tooMany'),
  })
  .superRefine((c, ctx) => {
    // Signatures are matched to blocks by unit name, so a unit may appear only once.
    const seen = new Set<string>()
    c.signatories.forEach((s, i) => {
      const key = s.unitName.normalize('NFC').toLocaleLowerCase('vi')
      if (seen.has(key)) ctx.addIssue({ code: 'custom', message: 'duplicateUnit', path: ['signatories', i, 'unitName'] })
      seen.add(key)
    })
  })
export type PledgeContent = z.infer<typeof pledgeContentSchema>

export type PledgeStatus = 'draft' | 'published' | 'in_force'

export type PledgeSignatureRecord = {
  unitName: string // matches a signatory's unitName (case and Unicode form do not matter)
  personName: string
  title: string
  signedAt: Date
  ipAddress?: string
}

export type RenderPledgeInput = {
  content: PledgeContent
  fingerprint: string
  code: string
  versionNumber: number
  signatures: PledgeSignatureRecord[]
  status: PledgeStatus
  verifyUrl: string
}
