import { expect, test, type Browser } from '@playwright/test'
import { accounts, signInAndWaitForHome } from './utils'

// Runs against a server seeded on the eve of the 7 January 2022 meeting (DEMO_STAGE=before-handover),
// after the pledge test has had the 2022 pledge signed there: Vũ Quang chairs 2021, the 2022 members
// are set, nobody chairs 2022 yet. The meeting's date is typed the Vietnamese way.

async function as(browser: Browser, email: string) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await signInAndWaitForHome(page, email)
  return page
}

test('Vũ Quang records the 7 January 2022 meeting and hands the chair to Lộc Hà; the rights move at once', async ({ browser }) => {
  test.setTimeout(90_000)
  const vuQuang = await as(browser, accounts.vuQuangSecretariat)
  await vuQuang.getByRole('link', { name: 'Xem cụm năm 2021' }).click()
  await vuQuang.waitForURL(/\/clusters\/[^/]+\/2021$/)
  const clusterUrl = vuQuang.url().replace(/\/2021$/, '')
  await vuQuang.getByRole('link', { name: 'Ghi nhận cuộc họp' }).click()

  const form = vuQuang.getByRole('form', { name: 'Ghi nhận cuộc họp' })
  await form.getByLabel('Loại cuộc họp').selectOption('YEAR_END')
  await form.getByLabel('Ngày họp').fill('07/01/2022')
  await form.getByLabel('Địa điểm').fill('Vũ Quang')
  await form.getByLabel('Đơn vị đăng cai').selectOption({ label: 'Vũ Quang' })
  await form.getByRole('radiogroup', { name: 'Kỳ Anh' }).getByLabel('Cử người dự thay').check()
  await form
    .getByLabel('Nội dung (mỗi dòng một mục)')
    .fill('Tổng kết phong trào thi đua năm 2021\nKý kết giao ước thi đua năm 2022\nBàn giao Trưởng Cụm thi đua năm 2022')
  await form.getByRole('button', { name: 'Lưu cuộc họp' }).click()
  await expect(form.getByTestId('form-message')).toHaveText('Đã ghi nhận cuộc họp.')

  await vuQuang.goto(`${clusterUrl}/2021`)
  await expect(vuQuang.getByTestId('quorum')).toHaveText('Hợp lệ: 6/6 đơn vị dự (cần 4)')
  await vuQuang.getByTestId('meeting-list').getByRole('link').click()

  const handover = vuQuang.getByRole('form', { name: 'Bàn giao Trưởng cụm năm 2022' })
  await expect(handover.getByLabel('Trưởng cụm năm 2022')).toHaveValue(/.+/)
  await expect(handover.getByLabel('Trưởng cụm năm 2022').locator('option:checked')).toHaveText('Lộc Hà')
  await expect(handover.getByLabel('Phó cụm năm 2022').locator('option:checked')).toHaveText('Hương Sơn')
  vuQuang.once('dialog', (dialog) => dialog.accept())
  await handover.getByRole('button', { name: 'Xác nhận bàn giao' }).click()
  await expect(vuQuang.getByTestId('handover-done')).toContainText('Lộc Hà')

  // Immediately: Lộc Hà's staff are the 2022 secretariat and are told so.
  const locHa = await as(browser, accounts.locHaSecretariat)
  await expect(locHa.getByTestId('secretariat-title')).toHaveText('Thường trực Cụm thi đua số 2 năm 2022')
  await locHa.getByTestId('notifications-link').click()
  await expect(locHa.getByTestId('notifications')).toContainText('Lộc Hà là Trưởng Cụm thi đua số 2 năm 2022')
  await locHa.goto(`${clusterUrl}/2022`)
  await expect(locHa.getByTestId('chair')).toHaveText('Lộc Hà')
  await expect(locHa.getByTestId('deputy')).toHaveText('Hương Sơn')
  await expect(locHa.getByRole('link', { name: 'Ghi nhận cuộc họp' })).toBeVisible()

  // Vũ Quang can no longer change anything of 2022, and still reads 2021.
  await vuQuang.goto(`${clusterUrl}/2022`)
  await expect(vuQuang.getByRole('link', { name: 'Ghi nhận cuộc họp' })).toHaveCount(0)
  expect((await vuQuang.goto(`${clusterUrl}/2022/meetings/new`))?.status()).toBe(403)
  await vuQuang.goto(`${clusterUrl}/2021`)
  await expect(vuQuang.getByTestId('chair')).toHaveText('Vũ Quang')

  // The history shows both years.
  await vuQuang.goto(`${clusterUrl}/history`)
  await expect(vuQuang.getByTestId('chair-2021')).toHaveText('Vũ Quang')
  await expect(vuQuang.getByTestId('chair-2022')).toHaveText('Lộc Hà')
  await expect(vuQuang.getByTestId('chair-history')).toContainText('bàn giao ngày 07/01/2022 tại Vũ Quang')
})
