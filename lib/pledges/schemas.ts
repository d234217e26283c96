import { z } from 'zod'
import { optionalVnDate, vnDate } from '@/lib/dates/date-schema'

// The draft form: plain text fields, turned into the document's content by save-draft.ts and
// checked there against pledgeContentSchema. Messages are catalogue keys under `errors`.
const id = z.string().min(1, 'required').max(40)
const text = (max: number) => z.string().trim().max(max, 'tooLong').optional().default('')

export const saveDraftSchema = z.object({
  clusterId: id,
  year: z.coerce.number({ message: 'year' }).int('year').min(2000, 'year').max(2100, 'year'),
  title: text(300),
  theme: text(500),
  preamble: text(5000),
  commitments: text(100_000),
  targets: text(100_000),
  place: text(100),
  signingDate: vnDate,
  issuer: text(200),
  documentNumber: text(50),
  recipients: text(3000),
  deadline: optionalVnDate,
})
export type SaveDraftInput = z.output<typeof saveDraftSchema>

export const publishSchema = z.object({ versionId: id })

export const signSchema = z.object({
  versionId: id,
  unitId: id,
  // The fingerprint shown on the page the chairman read: signing fails if the text changed since.
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/, 'invalid'),
  password: z.string().min(1, 'passwordRequired').max(200, 'tooLong'),
})
export type SignInput = z.output<typeof signSchema>

export const declineSchema = z.object({
  versionId: id,
  unitId: id,
  reason: z.string().trim().min(1, 'reasonRequired').max(2000, 'tooLong'),
})
export type DeclineInput = z.output<typeof declineSchema>
