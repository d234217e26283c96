import { expect, test } from '@playwright/test'
import { accounts, signInAndWaitForHome } from './utils'

// Each test writes names of its own, so tests never depend on each other's data.
const unique = () => Date.now().toString(36)

test('the board adds a unit; bad input is answered next to the field and nothing is saved', async ({ page }) => {
  await signInAndWaitForHome(page, accounts.board)
  await page.getByRole('navigation').getByRole('link', { name: 'Quản trị' }).click()
  const form = page.getByRole('form', { name: 'Thêm đơn vị' })
  await form.getByLabel('Hiệu lực từ ngày').fill('01/07/2025')
  await form.getByLabel('Đến ngày').fill('01/01/2025')
  await form.getByRole('button', { name: 'Thêm' }).click()
  await expect(form.getByText('Không được để trống.')).toBeVisible()
  await expect(form.getByText('Ngày kết thúc phải sau ngày bắt đầu.')).toBeVisible()

  const name = `Xã Sơn Kim ${unique()}`
  await form.getByLabel('Tên đơn vị').fill(name)
  await form.getByLabel('Đến ngày').fill('')
  await form.getByRole('button', { name: 'Thêm' }).click()
  await expect(form.getByTestId('form-message')).toHaveText('Đã thêm đơn vị.')
  await expect(page.getByTestId('admin-units').getByRole('cell', { name })).toBeVisible()
})

test('the board creates a cluster and adds a member for a year', async ({ page }) => {
  await signInAndWaitForHome(page, accounts.board)
  await page.goto('/admin')
  const name = `Cụm thi đua thử ${unique()}`
  const form = page.getByRole('form', { name: 'Thêm cụm thi đua' })
  await form.getByLabel('Tên cụm').fill(name)
  await form.getByRole('button', { name: 'Thêm' }).click()
  await expect(form.getByTestId('form-message')).toHaveText('Đã thêm cụm thi đua.')

  await page.getByTestId('admin-clusters').getByRole('listitem').filter({ hasText: name }).getByRole('link').click()
  await page.getByLabel('Năm', { exact: true }).fill('2027')
  await page.getByRole('button', { name: 'Xem' }).click()
  const add = page.getByRole('form', { name: 'Thêm đơn vị vào cụm năm 2027' })
  await add.getByLabel('Chọn đơn vị').selectOption({ label: 'Vũ Quang (Huyện)' })
  await add.getByLabel('Thứ tự luân phiên (không bắt buộc)').fill('1')
  await add.getByRole('button', { name: 'Thêm' }).click()
  await expect(add.getByTestId('form-message')).toHaveText('Đã thêm đơn vị vào cụm.')
  await expect(page.getByTestId('member-table').getByRole('cell', { name: 'Vũ Quang' })).toBeVisible()
})
