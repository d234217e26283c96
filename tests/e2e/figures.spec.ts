import { expect, test } from '@playwright/test'
import { accounts, signInAndWaitForHome } from './utils'

test('the 2021 secretariat reads the real case’s figures, types and pastes new ones, and bad input is refused', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await signInAndWaitForHome(page, accounts.vuQuangSecretariat)
  await page.getByRole('link', { name: 'Xem cụm năm 2021' }).click()
  await page.getByRole('link', { name: 'Chỉ tiêu năm 2021' }).click()
  const grid = page.getByTestId('entry-grid')

  // Lộc Hà's grain output as the cluster reported it: 19.000 tấn — 108,1% kế hoạch — 107,7% so với cùng kỳ.
  const locHaGrain = grid.getByRole('row').filter({ has: page.getByLabel('Lộc Hà Sản lượng lương thực có hạt Thực hiện', { exact: true }) })
  await expect(page.getByLabel('Lộc Hà Sản lượng lương thực có hạt Thực hiện', { exact: true })).toHaveValue('19.000')
  await expect(locHaGrain.getByTestId('percent-of-target')).toHaveText('108,1%')
  await expect(locHaGrain.getByTestId('percent-of-previous')).toHaveText('107,7%')

  // Typing updates the comparisons at once and marks the cell unsaved. (Vũ Quang's row: Lộc Hà's
  // figures are confirmed and locked by the review test, which may run at the same time.)
  const actual = page.getByLabel('Vũ Quang Sản lượng lương thực có hạt Thực hiện', { exact: true })
  const vuQuangGrain = grid.getByRole('row').filter({ has: actual })
  await expect(vuQuangGrain.getByTestId('percent-of-target')).toHaveText('106,2%')
  await actual.fill('12.241')
  await expect(vuQuangGrain.getByTestId('percent-of-target')).toHaveText('100,0%')
  await expect(actual).toHaveAttribute('data-dirty', 'true')
  await expect(page.getByTestId('unsaved')).toHaveText('1 ô chưa lưu')

  // A block pasted from Excel fills down: Hương Khê's first two indicators (plan, actual).
  const start = page.getByLabel('Hương Khê Giá trị sản xuất các ngành kinh tế kế hoạch', { exact: true })
  await start.focus()
  await page.evaluate(() => navigator.clipboard.writeText('5.000\t5.200\n2.000\t2.150,5'))
  await page.keyboard.press('Control+V')
  await expect(page.getByLabel('Hương Khê Giá trị sản xuất công nghiệp Thực hiện', { exact: true })).toHaveValue('2.150,5')
  await expect(page.getByTestId('unsaved')).toHaveText('5 ô chưa lưu')

  // Arrow keys move between rows.
  await start.focus()
  await page.keyboard.press('ArrowDown')
  await expect(page.getByLabel('Hương Khê Giá trị sản xuất công nghiệp kế hoạch', { exact: true })).toBeFocused()

  await page.getByRole('button', { name: /^Lưu/ }).click()
  await expect(page.getByTestId('grid-message')).toHaveText('Đã lưu.')
  await page.reload()
  await expect(page.getByLabel('Hương Khê Giá trị sản xuất công nghiệp Thực hiện', { exact: true })).toHaveValue('2.150,5')

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
