import { readFileSync, writeFileSync } from 'node:fs'
import { expect, test, type Browser } from '@playwright/test'
import { accounts, demoPassword, signInAndWaitForHome } from './utils'

const chairmen = ['chutich.vuquang', 'chutich.huongson', 'chutich.huongkhe', 'chutich.locha', 'chutich.camxuyen', 'chutich.kyanh'].map(
  (c) => `${c}@hatinh.test`,
)

async function as(browser: Browser, email: string) {
  const context = await browser.newContext({ locale: 'vi-VN' })
  const page = await context.newPage()
  await signInAndWaitForHome(page, email)
  return page
}

// On the eve of the 7 January 2022 conference (DEMO_STAGE=before-handover): Vũ Quang still chairs,
// and as the outgoing secretariat prepares the 2022 pledge its chairmen sign at the conference.
test('the 2022 pledge is drafted, published, signed by all six chairmen, in force, and its PDF verifies', async ({ browser }, testInfo) => {
  test.setTimeout(150_000)
  const secretariat = await as(browser, accounts.vuQuangSecretariat)
  await secretariat.getByRole('link', { name: 'Thành viên Cụm thi đua số 2 năm 2022' }).click()
  await secretariat.getByRole('link', { name: 'Giao ước thi đua năm 2022' }).click()
  await secretariat.getByRole('link', { name: 'Soạn giao ước' }).click()

  const form = secretariat.getByRole('form', { name: 'Lưu bản nháp' })
  await form
    .getByLabel('Phần mở đầu')
    .fill('Thực hiện phong trào thi đua năm 2022, các đơn vị thành viên Cụm thi đua số 2 thống nhất ký kết giao ước <b>thi đua</b>.')
  await form
    .getByLabel('Nội dung cam kết')
    .fill(
      '# I. MỤC TIÊU\nHoàn thành vượt mức các chỉ tiêu kinh tế - xã hội năm 2022.\n\n# II. NỘI DUNG GIAO ƯỚC\n1. Thi đua phát triển kinh tế\n2. Xây dựng nông thôn mới, đô thị văn minh',
    )
  await form.getByLabel('Bảng chỉ tiêu (dán từ Excel)').fill('Đơn vị\tSản lượng lương thực (tấn)\nLộc Hà\t19.000\nVũ Quang\t13.000')
  await form.getByLabel('Địa danh').fill('Vũ Quang')
  await form.getByLabel('Số, ký hiệu').fill('01/GƯTĐ-CTĐ2')
  await form.getByRole('button', { name: 'Lưu bản nháp' }).click()
  await expect(form.getByTestId('form-message')).toHaveText('Đã lưu bản nháp.')

  await secretariat.getByRole('link', { name: 'Giao ước thi đua năm 2022' }).click()
  await expect(secretariat.getByTestId('pledge-text')).toContainText('giao ước <b>thi đua</b>')
  secretariat.once('dialog', (d) => d.accept())
  await secretariat.getByRole('button', { name: 'Công bố để ký' }).click()
  await expect(secretariat.getByTestId('pledge-status')).toHaveText('Đang lấy chữ ký')
  await expect(secretariat.getByTestId('pledge-progress')).toHaveText('Tiến độ ký: 0/6 đơn vị')

  for (const email of chairmen) {
    const chairman = await as(browser, email)
    await chairman.getByTestId('awaiting-signature').getByRole('link', { name: 'Đọc và ký' }).click()
    await expect(chairman.getByTestId('pledge-text')).toContainText('Thi đua phát triển kinh tế')
    await chairman.getByLabel('Nhập lại mật khẩu để xác nhận').fill(demoPassword)
    await chairman.getByRole('button', { name: 'Tôi đồng ý và ký' }).click()
    await expect(chairman.getByTestId('already-signed')).toContainText('đã ký phiên bản này')
    await chairman.context().close()
  }

  await secretariat.reload()
  await expect(secretariat.getByTestId('pledge-status')).toHaveText('Có hiệu lực')
  await expect(secretariat.getByTestId('pledge-progress')).toHaveText('Tiến độ ký: 6/6 đơn vị')
  const code = (await secretariat.getByTestId('pledge-code').textContent())!.trim()

  const download = await secretariat.request.get(secretariat.url() + '/pdf')
  expect(download.headers()['content-type']).toBe('application/pdf')
  const pdf = await download.body()
  const genuinePath = testInfo.outputPath('giao-uoc-2022.pdf')
  writeFileSync(genuinePath, pdf)
  const edited = Buffer.from(readFileSync(genuinePath))
  edited[Math.floor(edited.length / 2)] ^= 0x20
  const editedPath = testInfo.outputPath('giao-uoc-2022-sua.pdf')
  writeFileSync(editedPath, edited)

  // Anyone, signed in or not, checks the document from the sign-in page.
  const visitor = await (await browser.newContext({ locale: 'vi-VN' })).newPage()
  await visitor.goto('/sign-in')
  await visitor.getByRole('link', { name: 'Xác minh giao ước thi đua' }).click()
  await visitor.getByLabel('Mã xác minh').fill(code.toLowerCase())
  await visitor.getByRole('button', { name: 'Kiểm tra mã' }).click()
  await expect(visitor.getByTestId('verify-result')).toContainText('Mã hợp lệ')
  await expect(visitor.getByTestId('verify-result')).toContainText('Chữ ký (6/6)')

  await visitor.getByLabel('Tệp PDF giao ước (tối đa 20 MB)').setInputFiles(genuinePath)
  await visitor.getByRole('button', { name: 'Kiểm tra tệp' }).click()
  await expect(visitor.getByTestId('verify-result')).toContainText('Văn bản thật, chưa bị sửa đổi.')
  await expect(visitor.getByTestId('verify-result')).toContainText('Bùi Khắc Bằng')

  await visitor.getByLabel('Tệp PDF giao ước (tối đa 20 MB)').setInputFiles(editedPath)
  await visitor.getByRole('button', { name: 'Kiểm tra tệp' }).click()
  await expect(visitor.getByTestId('verify-result')).toContainText('KHÔNG khớp')
})
