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
    // Named formats used everywhere: 07/01/2022 and 07/01/2022 21:06 (dates stored as calendar days
    // are formatted in UTC so they never shift by the time zone).
    formats: {
      dateTime: {
        day: { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' },
        moment: { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' },
      },
    },
  }
})
