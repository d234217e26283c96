import { expect, test } from '@playwright/test'
import { accounts, signInAndWaitForHome } from './utils'

// An English-language browser: native date inputs would show and take mm/dd/yyyy. Ours take and
// show dd/mm/yyyy, and say in Vietnamese what is wrong.
test.use({ locale: 'en-US' })

test('dates are typed and shown day first on an English-language browser, in both languages of the interface', async ({ page }) => {
  await signInAndWaitForHome(page, accounts.board)
  await page.getByRole('navigation').getByRole('link', { name: 'Quản trị' }).click()
  const form = page.getByRole('form', { name: 'Thêm đơn vị' })
  const from = form.getByLabel('Hiệu lực từ ngày')
  const to = form.getByLabel('Đến ngày')
  await expect(from).toHaveAttribute('placeholder', 'ngày/tháng/năm')

  // A day that does not exist is named next to the field as soon as the field is left.
  await to.fill('31/02/2030')
  await to.blur()
  await expect(form.getByText('Không có ngày này trong lịch: kiểm tra lại ngày và tháng (ngày trước, tháng sau).')).toBeVisible()
  await expect(to).toHaveAttribute('aria-invalid', 'true')
  // Month first is not a day-first date either: the server says so too, and saves nothing.
  await to.fill('12/31/2030')
  const name = `Phường Thử Ngày ${Date.now().toString(36)}`
  await form.getByLabel('Tên đơn vị').fill(name)
  await from.fill('1/7/2025')
  await from.blur()
  await expect(from).toHaveValue('01/07/2025')
  await form.getByRole('button', { name: 'Thêm' }).click()
  await expect(form.getByTestId('form-message')).toHaveText('Vui lòng sửa các ô được đánh dấu.')
  await expect(form.getByText('Không có ngày này trong lịch: kiểm tra lại ngày và tháng (ngày trước, tháng sau).')).toBeVisible()
  await expect(page.getByTestId('admin-units').getByRole('cell', { name })).toHaveCount(0)

  await to.fill('30/06/2030')
  await form.getByRole('button', { name: 'Thêm' }).click()
  await expect(form.getByTestId('form-message')).toHaveText('Đã thêm đơn vị.')
  const row = page.getByTestId('admin-units').getByRole('row').filter({ hasText: name })
  await expect(row).toContainText('01/07/2025 – 30/06/2030')

  // The English interface writes dates the same way.
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.getByTestId('admin-units').getByRole('row').filter({ hasText: name })).toContainText('01/07/2025 – 30/06/2030')
})
