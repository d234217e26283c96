import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { accounts, signInAndWaitForHome } from './utils'

// The README's tour, as a newcomer takes it: the state the conference of 7 January 2022 left.
const readmeCode = readFileSync('README.md', 'utf8').match(/`([0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4})`/)![1]

test('a chairman finds the 2022 pledge he signed at the conference, in force, with the code the README gives', async ({ page }) => {
  await signInAndWaitForHome(page, accounts.vuQuangChairman)
  const signed = page.getByTestId('signed-pledges')
  await expect(signed).toContainText('Giao ước thi đua năm 2022 — Cụm thi đua số 2')
  await expect(signed).toContainText('Đã ký lúc 07/01/2022 09:05 · Có hiệu lực')
  await signed.getByRole('link').click()
  await expect(page.getByTestId('pledge-status')).toHaveText('Có hiệu lực')
  await expect(page.getByTestId('pledge-code')).toHaveText(readmeCode)
  await expect(page.getByTestId('pledge-progress')).toHaveText('Tiến độ ký: 6/6 đơn vị')
})

test('a visitor without an account verifies the README’s code', async ({ page }) => {
  await page.goto('/sign-in')
  await page.getByRole('link', { name: 'Xác minh giao ước thi đua' }).click()
  await page.getByLabel('Mã xác minh').fill(readmeCode)
  await page.getByRole('button', { name: 'Kiểm tra mã' }).click()
  const result = page.getByTestId('verify-result')
  await expect(result).toContainText('Mã hợp lệ')
  await expect(result).toContainText('Chữ ký (6/6)')
  await expect(result).toContainText('Bùi Khắc Bằng')
})

test('the board sees the conference on the 2021 page: the year-end meeting, all six present', async ({ page }) => {
  await signInAndWaitForHome(page, accounts.board)
  await page.getByRole('link', { name: /2021 · 6 đơn vị/ }).click()
  await expect(page.getByTestId('meeting-list')).toContainText('07/01/2022, Vũ Quang')
  await expect(page.getByTestId('quorum')).toHaveText('Hợp lệ: 6/6 đơn vị dự (cần 4)')
  await expect(page.getByTestId('chair')).toHaveText('Vũ Quang')
})
