import type { Locale } from './config'

// The message catalogue is one JSON file per feature and language (messages/vi/<feature>.json,
// messages/en/<feature>.json), merged here: a feature adds its file and one line below.
export const catalogueFiles = ['core'] as const

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const parts = await Promise.all(catalogueFiles.map((file) => import(`./messages/${locale}/${file}.json`)))
  return Object.assign({}, ...parts.map((p) => p.default))
}
