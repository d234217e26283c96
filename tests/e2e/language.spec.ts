import { expect, test } from '@playwright/test'
import { accounts, signInAndWaitForHome } from './utils'

test('the English switch translates the interface and Vietnamese switches it back', async ({ page }) => {
  await page.goto('/sign-in')
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible()
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')

  await page.getByLabel('E-mail').fill(accounts.board)
  await page.getByLabel('Password').fill('ThiDua@2021')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByTestId('home-greeting')).toHaveText('Hello, Nguyễn Văn Hùng')
  await expect(page.getByRole('heading', { name: 'Emulation clusters of Hà Tĩnh' })).toBeVisible()

  await page.getByRole('button', { name: 'Tiếng Việt' }).click()
  await expect(page.getByTestId('home-greeting')).toHaveText('Xin chào, Nguyễn Văn Hùng')
})

test('the interface is Vietnamese by default', async ({ page }) => {
  await signInAndWaitForHome(page, accounts.board)
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
})
