import { expect, test, type Browser } from '@playwright/test'
import { accounts, clickOnceHydrated, signInAndWaitForHome } from './utils'

async function figuresAs(browser: Browser, email: string) {
  const page = await (await browser.newContext({ locale: 'vi-VN' })).newPage()
  await signInAndWaitForHome(page, email)
  await page.getByRole('link', { name: 'Thành viên Cụm thi đua số 2 năm 2022' }).first().click()
  await page.getByRole('link', { name: 'Chỉ tiêu năm 2022' }).click()
  await expect(page.getByTestId('review-panel')).toBeVisible()
  return page
}

// 2022, after the handover: Vũ Quang's staff are member staff now, Lộc Hà's the secretariat.
test('Vũ Quang submits its 2022 figures, the Lộc Hà secretariat returns them with a comment Vũ Quang reads, then confirms them', async ({
  browser,
}) => {
  test.setTimeout(90_000) // two people, four round trips each
  // Vũ Quang's staff are member staff in 2022: their own row only.
  const vuQuang = await figuresAs(browser, accounts.vuQuangSecretariat)
  await expect(vuQuang.getByLabel('Kỳ Anh Giá trị sản xuất các ngành kinh tế Thực hiện', { exact: true })).toHaveAttribute('readonly', '')
  await vuQuang.getByTestId('review-Vũ Quang').getByRole('button', { name: 'Gửi số liệu' }).click()
  await expect(vuQuang.getByTestId('review-Vũ Quang').getByTestId('review-status')).toHaveText('Đã gửi')

  const secretariat = await figuresAs(browser, accounts.locHaSecretariat)
  const row = secretariat.getByTestId('review-Vũ Quang')
  await row.getByRole('button', { name: 'Trả lại' }).click()
  await expect(row).toContainText('Ghi lý do trả lại')
  await row.getByLabel('Lý do trả lại').fill('Bổ sung giá trị sản xuất công nghiệp')
  await row.getByRole('button', { name: 'Trả lại' }).click()
  await expect(row.getByTestId('review-status')).toHaveText('Bị trả lại')

  await vuQuang.reload()
  await expect(vuQuang.getByTestId('review-Vũ Quang')).toContainText('Trả lại: Bổ sung giá trị sản xuất công nghiệp')
  await clickOnceHydrated(vuQuang.getByTestId('review-Vũ Quang').getByRole('button', { name: 'Gửi số liệu' }))
  await expect(vuQuang.getByTestId('review-Vũ Quang').getByTestId('review-status')).toHaveText('Đã gửi')

  await secretariat.reload()
  await clickOnceHydrated(secretariat.getByTestId('review-Vũ Quang').getByRole('button', { name: 'Xác nhận' }))
  await expect(secretariat.getByTestId('review-Vũ Quang').getByTestId('review-status')).toHaveText('Đã xác nhận (khóa)')
  await expect(secretariat.getByLabel('Vũ Quang Sản lượng lương thực có hạt Thực hiện', { exact: true })).toHaveAttribute('readonly', '')
})
