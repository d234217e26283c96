import type { Locale } from './config'

// The message catalogue is one JSON file per feature and language (messages/vi/<feature>.json,
// messages/en/<feature>.json), merged here: a feature adds its file and one line below.
export const catalogueFiles = ['core', 'lifecycle', 'pledges', 'indicators'] as const

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const parts = await Promise.all(catalogueFiles.map((file) => import(`./messages/${locale}/${file}.json`)))
  // Namespaces are merged, so a feature can add its own keys to a shared one such as `errors`.
  const messages: Record<string, Record<string, unknown>> = {}
  for (const part of parts)
    for (const [ns, entries] of Object.entries(part.default as Record<string, Record<string, unknown>>))
      messages[ns] = { ...messages[ns], ...entries }
  return messages
}
