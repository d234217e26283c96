import { expect, test } from '@playwright/test'
import { accounts, signInAndWaitForHome } from './utils'

test('a chairman cannot open the board’s administration', async ({ page }) => {
  await signInAndWaitForHome(page, accounts.kyAnhChairman)
  const response = await page.goto('/admin')
  expect(response?.status()).toBe(403)
  await expect(page.getByTestId('forbidden')).toContainText('Không có quyền truy cập')
})

test('a visitor who is not signed in is sent to sign in', async ({ page }) => {
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/sign-in/)
})

test('a chairman cannot read a year in which the unit was not a member', async ({ page }) => {
  await signInAndWaitForHome(page, accounts.kyAnhChairman)
  const link = page.getByRole('link', { name: 'Thành viên Cụm thi đua số 2 năm 2021' })
  const href = await link.getAttribute('href')
  const response = await page.goto(href!.replace('/2021', '/2019'))
  expect(response?.status()).toBe(403)
})
