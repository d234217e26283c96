import { writeFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import { expect, test } from '@playwright/test'
import { accounts, signInAndWaitForHome } from './utils'

// Rows touched here are touched by no other test (they share one server). The 2022 secretariat
// downloads the template, fills it in Excel (here: exceljs), uploads it, sees every problem by
// sheet, row and column, fixes the file and applies it all at once.
test('a filled XLSX template is checked, refused with its problems, then applied', async ({ page }, testInfo) => {
  test.setTimeout(90_000)
  await signInAndWaitForHome(page, accounts.locHaSecretariat)
  await page.getByRole('link', { name: 'Xem cụm năm 2022' }).click()
  await page.getByRole('link', { name: 'Chỉ tiêu năm 2022' }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Tải mẫu Excel để nhập' }).click()
  const templatePath = testInfo.outputPath('mau.xlsx')
  await (await download).saveAs(templatePath)

  const book = new ExcelJS.Workbook()
  await book.xlsx.readFile(templatePath)
  const sheet = book.getWorksheet('Cả năm')!
  const header = sheet.getRow(5).values as string[]
  const col = (name: string) => header.findIndex((h) => h === name)
  const rowOf = (unit: string, code: string) => {
    for (let r = 6; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r)
      if (row.getCell(col('Đơn vị')).text === unit && row.getCell(col('Mã chỉ tiêu')).text === code) return row
    }
    throw new Error(`no row ${unit} ${code}`)
  }
  rowOf('Hương Khê', 'SL_LT').getCell(col('Thực hiện')).value = '15.250,5'
  rowOf('Cẩm Xuyên', 'GTSX').getCell(col('Thực hiện')).value = 'ba nghìn'
  rowOf('Kỳ Anh', 'GTSX').getCell(col('Thực hiện')).value = -10
  const badPath = testInfo.outputPath('sai.xlsx')
  await book.xlsx.writeFile(badPath)

  const panel = page.getByTestId('upload-panel')
  // The picker speaks Vietnamese whatever the browser's language, and names the chosen file.
  await expect(panel.getByTestId('file-chosen')).toHaveText('Chưa chọn tệp')
  await panel.getByLabel('Tải lên mẫu đã điền (.xlsx, tối đa 10 MB)').setInputFiles(badPath)
  await expect(panel.getByTestId('file-chosen')).toHaveText('sai.xlsx')
  await panel.getByRole('button', { name: 'Kiểm tra tệp' }).click()
  await expect(page.getByTestId('upload-result')).toContainText('2 lỗi: chưa áp dụng gì')
  const problems = page.getByTestId('upload-problems')
  await expect(problems).toContainText('Ô số chứa chữ.')
  await expect(problems).toContainText('Không được âm.')
  await expect(problems.getByRole('row').filter({ hasText: 'Ô số chứa chữ.' })).toContainText('Cả năm')

  rowOf('Cẩm Xuyên', 'GTSX').getCell(col('Thực hiện')).value = null
  rowOf('Cẩm Xuyên', 'KDC_NTM_KM').getCell(col('Thực hiện')).value = 12
  rowOf('Kỳ Anh', 'GTSX').getCell(col('Thực hiện')).value = null
  const goodPath = testInfo.outputPath('dung.xlsx')
  await book.xlsx.writeFile(goodPath)
  await panel.getByLabel('Tải lên mẫu đã điền (.xlsx, tối đa 10 MB)').setInputFiles(goodPath)
  await panel.getByRole('button', { name: 'Kiểm tra tệp' }).click()
  await expect(page.getByTestId('upload-result')).toContainText('2 ô sẽ thay đổi')
  await page.getByRole('button', { name: 'Áp dụng 2 thay đổi' }).click()
  await expect(page.getByTestId('upload-result')).toContainText('Đã áp dụng 2 thay đổi.')
  await page.reload()
  await expect(page.getByLabel('Hương Khê Sản lượng lương thực có hạt Thực hiện', { exact: true })).toHaveValue('15.250,5')
  await expect(page.getByLabel('Cẩm Xuyên Thôn đạt chuẩn khu dân cư NTM kiểu mẫu Thực hiện', { exact: true })).toHaveValue('12')

  // A file that is not an XLSX is named as such.
  const fakePath = testInfo.outputPath('gia.xlsx')
  writeFileSync(fakePath, 'Đơn vị,Thực hiện\nLộc Hà,19000\n')
  await panel.getByLabel('Tải lên mẫu đã điền (.xlsx, tối đa 10 MB)').setInputFiles(fakePath)
  await panel.getByRole('button', { name: 'Kiểm tra tệp' }).click()
  await expect(page.getByTestId('upload-problems')).toContainText('Tệp không phải tệp Excel .xlsx')
})

test('a 50 MB upload is refused before it is read', async ({ page }) => {
  await signInAndWaitForHome(page, accounts.locHaSecretariat)
  await page.getByRole('link', { name: 'Xem cụm năm 2022' }).click()
  await page.waitForURL(/\/2022$/)
  const url = page.url()
  const big = Buffer.alloc(50 * 1024 * 1024, 0x41)
  const response = await page.request.post(`${url}/figures/upload?period=YEAR`, {
    data: big,
    headers: { 'Content-Type': 'application/octet-stream' },
  })
  expect(response.status()).toBe(413)
  expect((await response.json()).message).toBe('Tệp quá lớn (tối đa 10 MB).')
})
