import { expect, test } from '@playwright/test'
import { accounts, signInAndWaitForHome } from './utils'

test('the real case’s 2021 figures read as reported, confirmed and locked', async ({ page }) => {
  await signInAndWaitForHome(page, accounts.vuQuangSecretariat)
  await page.getByRole('link', { name: 'Xem cụm năm 2021' }).click()
  await page.getByRole('link', { name: 'Chỉ tiêu năm 2021' }).click()
  // Lộc Hà's grain output as the cluster reported it: 19.000 tấn — 108,1% kế hoạch — 107,7% so với cùng kỳ.
  const actual = page.getByLabel('Lộc Hà Sản lượng lương thực có hạt Thực hiện', { exact: true })
  const row = page.getByTestId('entry-grid').getByRole('row').filter({ has: actual })
  await expect(actual).toHaveValue('19.000')
  await expect(row.getByTestId('percent-of-target')).toHaveText('108,1%')
  await expect(row.getByTestId('percent-of-previous')).toHaveText('107,7%')
  // Submitted and confirmed before the conference: nobody changes them any more.
  await expect(actual).toHaveAttribute('readonly', '')
  await expect(page.getByTestId('review-Kỳ Anh').getByTestId('review-status')).toHaveText('Đã xác nhận (khóa)')
})

// 2022 is the year under way: Lộc Hà's staff, its secretariat, collect the members' figures. Rows
// touched here are touched by no other test (they share one server): Vũ Quang's rows belong to
// the review test, Hương Khê's grain output and Cẩm Xuyên's model villages to the spreadsheet test.
test('the 2022 secretariat types and pastes figures, compared with 2021 as it types, and bad input is refused', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await signInAndWaitForHome(page, accounts.locHaSecretariat)
  await page.getByRole('link', { name: 'Xem cụm năm 2022' }).click()
  await page.getByRole('link', { name: 'Chỉ tiêu năm 2022' }).click()

  // Last year's figure comes from the confirmed 2021 figures: 19.000 tấn.
  const plan = page.getByLabel('Lộc Hà Sản lượng lương thực có hạt kế hoạch', { exact: true })
  const actual = page.getByLabel('Lộc Hà Sản lượng lương thực có hạt Thực hiện', { exact: true })
  const row = page.getByTestId('entry-grid').getByRole('row').filter({ has: actual })
  await plan.fill('19.500')
  await actual.fill('20.000')
  await expect(row.getByTestId('percent-of-target')).toHaveText('102,6%')
  await expect(row.getByTestId('percent-of-previous')).toHaveText('105,3%')
  await expect(actual).toHaveAttribute('data-dirty', 'true')
  await expect(page.getByTestId('unsaved')).toHaveText('2 ô chưa lưu')

  // A block pasted from Excel fills down: Hương Khê's first two indicators (plan, actual).
  const start = page.getByLabel('Hương Khê Giá trị sản xuất các ngành kinh tế kế hoạch', { exact: true })
  await start.focus()
  await page.evaluate(() => navigator.clipboard.writeText('5.000\t5.200\n2.000\t2.150,5'))
  await page.keyboard.press('Control+V')
  await expect(page.getByLabel('Hương Khê Giá trị sản xuất công nghiệp Thực hiện', { exact: true })).toHaveValue('2.150,5')
  await expect(page.getByTestId('unsaved')).toHaveText('6 ô chưa lưu')

  // Arrow keys move between rows.
  await start.focus()
  await page.keyboard.press('ArrowDown')
  await expect(page.getByLabel('Hương Khê Giá trị sản xuất công nghiệp kế hoạch', { exact: true })).toBeFocused()

  await page.getByRole('button', { name: /^Lưu/ }).click()
  await expect(page.getByTestId('grid-message')).toHaveText('Đã lưu.')
  await page.reload()
  await expect(page.getByLabel('Hương Khê Giá trị sản xuất công nghiệp Thực hiện', { exact: true })).toHaveValue('2.150,5')
  await expect(actual).toHaveValue('20.000')

  // "1,2,3" is refused next to the cell and nothing is saved.
  const bad = page.getByLabel('Kỳ Anh Giá trị sản xuất các ngành kinh tế Thực hiện', { exact: true })
  await bad.fill('1,2,3')
  await page.getByLabel('Cẩm Xuyên Giá trị sản xuất các ngành kinh tế Thực hiện', { exact: true }).fill('9.999')
  await page.getByRole('button', { name: /^Lưu/ }).click()
  await expect(page.getByTestId('grid-message')).toContainText('Chưa lưu ô nào')
  await expect(bad).toHaveAttribute('aria-invalid', 'true')
  await page.reload()
  await expect(page.getByLabel('Cẩm Xuyên Giá trị sản xuất các ngành kinh tế Thực hiện', { exact: true })).toHaveValue('')
})
