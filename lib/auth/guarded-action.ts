import 'server-only'
import { revalidatePath } from 'next/cache'
import { headers } from 'next/headers'
import { getTranslations } from 'next-intl/server'
import type { z } from 'zod'
import { clientIp } from './client-ip'
import { currentPrincipal } from './guard'
import { runGuarded, type GuardedDefinition } from './run-guarded'

export type FormState = {
  ok: boolean
  message?: string
  fieldErrors?: Record<string, string>
  // React 19 resets uncontrolled fields after an action: the submitted values come back with an error.
  values?: Record<string, string>
  // Structured detail of a refusal, for forms that need more than messages (the entry grid's conflicts).
  data?: unknown
}

// Text fields, plus any file a form uploads (an empty file input sends an empty File: left out).
function formValues(formData: FormData): { text: Record<string, string>; all: Record<string, unknown> } {
  const text: Record<string, string> = {}
  const all: Record<string, unknown> = {}
  for (const [key, value] of formData) {
    if (key.startsWith('$')) continue
    if (typeof value === 'string') text[key] = all[key] = value
    else if (value.size > 0) all[key] = value
  }
  return { text, all }
}

// Binds a guarded definition to a form: the session user, the client address, and messages
// in the user's language. `revalidate` names the page whose data changed.
export function guardedAction<S extends z.ZodType>(def: GuardedDefinition<S>, revalidate?: string) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const { text: values, all } = formValues(formData)
    const requestHeaders = await headers()
    const result = await runGuarded(def, {
      principal: await currentPrincipal(),
      values: all,
      ip: clientIp(requestHeaders),
      userAgent: requestHeaders.get('user-agent') ?? 'unknown',
    })
    const t = await getTranslations()
    const say = (key: string) => (t.has(`errors.${key}`) ? t(`errors.${key}`) : t.has(key) ? t(key) : t('errors.invalid'))
    if (!result.ok) {
      const fieldErrors = result.fieldErrors
        ? Object.fromEntries(Object.entries(result.fieldErrors).map(([field, key]) => [field, say(key)]))
        : undefined
      return { ok: false, message: say(result.messageKey), fieldErrors, values, data: result.data }
    }
    if (revalidate) revalidatePath(revalidate, 'layout')
    return { ok: true, message: say(result.messageKey) }
  }
}
