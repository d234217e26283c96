import { cookies } from 'next/headers'
import { getRequestConfig } from 'next-intl/server'
import { loadMessages } from './catalogue'
import { defaultLocale, isLocale, localeCookie } from './config'

export default getRequestConfig(async () => {
  const stored = (await cookies()).get(localeCookie)?.value
  const locale = isLocale(stored) ? stored : defaultLocale
  return {
    locale,
    // Dates and numbers are written the Vietnamese way in the Vietnamese UI (1.250.000; 108,1%).
    timeZone: 'Asia/Ho_Chi_Minh',
    messages: await loadMessages(locale),
  }
})
