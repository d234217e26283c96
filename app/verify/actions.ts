'use server'
import { z } from 'zod'
import { verifyCode, verifyFile } from '@/lib/pledges/verify'
import type { VerifyState } from '@/components/pledges/verify-form'

// Public and read-only: no sign-in, nothing written. Input is still validated and bounded.

const codeInput = z.string().trim().min(12).max(40)
const fileInput = z.instanceof(File).refine((f) => f.size > 0 && f.size <= 20 * 1024 * 1024)

export async function verifyAction(_state: VerifyState, form: FormData): Promise<VerifyState> {
  const file = form.get('file')
  if (file instanceof File && file.size > 0) {
    const parsed = fileInput.safeParse(file)
    if (!parsed.success) return { error: 'badFile' }
    return { verification: await verifyFile(new Uint8Array(await parsed.data.arrayBuffer())) }
  }
  const parsed = codeInput.safeParse(form.get('code'))
  if (!parsed.success) return { error: 'badCode' }
  return { verification: await verifyCode(parsed.data) }
}
