import { expect, test, type Browser } from '@playwright/test'
import { accounts, signInAndWaitForHome } from './utils'

async function figuresAs(browser: Browser, email: string) {
  const page = await (await browser.newContext({ locale: 'vi-VN' })).newPage()
  await signInAndWaitForHome(page, email)
  await page.getByRole('link', { name: 'Thành viên Cụm thi đua số 2 năm 2021' }).first().click()
  await page.getByRole('link', { name: 'Chỉ tiêu năm 2021' }).click()
  await expect(page.getByTestId('review-panel')).toBeVisible()
  return page
}

test('Lộc Hà submits its 2021 figures, the secretariat returns them with a comment Lộc Hà reads, then confirms them', async ({
  browser,
}) => {
  // Lộc Hà's staff are member staff in 2021: their own row only.
  const locHa = await figuresAs(browser, accounts.locHaSecretariat)
  await expect(locHa.getByLabel('Kỳ Anh Giá trị sản xuất các ngành kinh tế Thực hiện', { exact: true })).toHaveAttribute('readonly', '')
  await locHa.getByTestId('review-Lộc Hà').getByRole('button', { name: 'Gửi số liệu' }).click()
  await expect(locHa.getByTestId('review-Lộc Hà').getByTestId('review-status')).toHaveText('Đã gửi')

  const secretariat = await figuresAs(browser, accounts.vuQuangSecretariat)
  const row = secretariat.getByTestId('review-Lộc Hà')
  await row.getByRole('button', { name: 'Trả lại' }).click()
  await expect(row).toContainText('Ghi lý do trả lại')
  await row.getByLabel('Lý do trả lại').fill('Bổ sung giá trị sản xuất công nghiệp')
  await row.getByRole('button', { name: 'Trả lại' }).click()
  await expect(row.getByTestId('review-status')).toHaveText('Bị trả lại')

  await locHa.reload()
  await expect(locHa.getByTestId('review-Lộc Hà')).toContainText('Trả lại: Bổ sung giá trị sản xuất công nghiệp')
  await locHa.getByTestId('review-Lộc Hà').getByRole('button', { name: 'Gửi số liệu' }).click()
  await expect(locHa.getByTestId('review-Lộc Hà').getByTestId('review-status')).toHaveText('Đã gửi')

  await secretariat.reload()
  await secretariat.getByTestId('review-Lộc Hà').getByRole('button', { name: 'Xác nhận' }).click()
  await expect(secretariat.getByTestId('review-Lộc Hà').getByTestId('review-status')).toHaveText('Đã xác nhận (khóa)')
  await expect(secretariat.getByLabel('Lộc Hà Sản lượng lương thực có hạt Thực hiện', { exact: true })).toHaveAttribute('readonly', '')
})
