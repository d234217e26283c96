import { z } from 'zod'
import { vnDate } from '@/lib/dates/date-schema'
import { parseShare } from './quorum'

// Messages are catalogue keys under `errors`.
export const meetingKinds = ['YEAR_END', 'MID_YEAR', 'PLEDGE_SIGNING', 'OTHER'] as const
export const attendanceStatuses = ['PRESENT', 'REPRESENTED', 'ABSENT'] as const
export const maxMinutesFileBytes = 10 * 1024 * 1024
export const minutesFileTypes = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/msword',
  'image/jpeg',
  'image/png',
]

const text = (max: number) => z.string().trim().max(max, 'tooLong')

export const recordMeetingSchema = z
  .object({
    clusterId: z.string().min(1, 'required'),
    year: z.coerce.number({ message: 'year' }).int('year').min(2000, 'year').max(2100, 'year'),
    kind: z.enum(meetingKinds, { message: 'meetingKind' }),
    heldOn: vnDate,
    place: text(200).min(1, 'required'),
    hostUnitId: z
      .string()
      .trim()
      .optional()
      .transform((v) => v || null),
    quorum: z.string().transform((v, ctx) => parseShare(v) ?? (ctx.addIssue({ code: 'custom', message: 'quorum' }), z.NEVER)),
    agenda: text(5000)
      .optional()
      .default('')
      .transform((v) =>
        v
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean),
      ),
    decisions: text(20000).optional().default(''),
    minutes: text(100000).optional().default(''),
    minutesFile: z
      .instanceof(File, { message: 'file' })
      .refine((f) => f.size <= maxMinutesFileBytes, 'fileTooLarge')
      .refine((f) => minutesFileTypes.includes(f.type), 'fileType')
      .optional(),
  })
  // Attendance arrives as one field per member: att_<unitId> = PRESENT | REPRESENTED | ABSENT.
  .catchall(z.unknown())
  .transform((input, ctx) => {
    const attendance: { unitId: string; status: (typeof attendanceStatuses)[number] }[] = []
    for (const [key, value] of Object.entries(input)) {
      if (!key.startsWith('att_')) continue
      const status = attendanceStatuses.find((s) => s === value)
      if (!status) ctx.addIssue({ code: 'custom', message: 'attendance', path: [key] })
      else attendance.push({ unitId: key.slice(4), status })
    }
    const { clusterId, year, kind, heldOn, place, hostUnitId, quorum, agenda, decisions, minutes, minutesFile } = input
    return { clusterId, year, kind, heldOn, place, hostUnitId, quorum, agenda, decisions, minutes, minutesFile, attendance }
  })

export type RecordMeetingInput = z.output<typeof recordMeetingSchema>
