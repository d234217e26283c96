import { expect, type Locator, type Page } from '@playwright/test'

export const demoPassword = 'ThiDua@2021'

export const accounts = {
  board: 'ban.tdkt@hatinh.test',
  vuQuangSecretariat: 'thuongtruc.vuquang@hatinh.test',
  locHaSecretariat: 'thuongtruc.locha@hatinh.test',
  vuQuangChairman: 'chutich.vuquang@hatinh.test',
  huongSonChairman: 'chutich.huongson@hatinh.test',
  kyAnhChairman: 'chutich.kyanh@hatinh.test',
} as const

export async function signIn(page: Page, email: string, password = demoPassword) {
  await page.goto('/sign-in')
  await page.getByLabel('Thư điện tử').fill(email)
  await page.getByLabel('Mật khẩu').fill(password)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
}

export async function signInAndWaitForHome(page: Page, email: string) {
  await signIn(page, email)
  await expect(page).toHaveURL(/\/$/)
  await expect(page.getByTestId('home-greeting')).toBeVisible()
}

// A button clicked right after a reload, before React has hydrated the page, does nothing on a
// busy machine: click until the button has done its work (it disappears once it has).
export async function clickOnceHydrated(button: Locator) {
  await expect(async () => {
    if (await button.isVisible()) await button.click({ timeout: 2_000 })
    await expect(button).toBeHidden({ timeout: 3_000 })
  }).toPass({ timeout: 20_000 })
}
