import { expect, test } from '@playwright/test'
import { accounts, signIn, signInAndWaitForHome } from './utils'

test.describe('signing in lands each role on its own home', () => {
  test('the board officer sees the province’s clusters and the administration', async ({ page }) => {
    await signInAndWaitForHome(page, accounts.board)
    await expect(page.getByTestId('home-greeting')).toHaveText('Xin chào, Nguyễn Văn Hùng')
    await expect(page.getByRole('heading', { name: 'Các cụm thi đua của tỉnh Hà Tĩnh' })).toBeVisible()
    await expect(page.getByRole('link', { name: /2021 · 6 đơn vị/ })).toBeVisible()
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Quản trị' })).toBeVisible()
  })

  test('Vũ Quang’s staff see the 2021 secretariat with its theme and deadline', async ({ page }) => {
    await signInAndWaitForHome(page, accounts.vuQuangSecretariat)
    await expect(page.getByTestId('secretariat-title')).toHaveText('Thường trực Cụm thi đua số 2 năm 2021')
    await expect(page.getByText('Đổi mới, sáng tạo thi đua hoàn thành vượt mức')).toBeVisible()
    await expect(page.getByText('Gửi hồ sơ đề nghị khen thưởng')).toBeVisible()
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Quản trị' })).toHaveCount(0)
  })

  test('Lộc Hà’s staff see the 2022 secretariat, not 2021', async ({ page }) => {
    await signInAndWaitForHome(page, accounts.locHaSecretariat)
    await expect(page.getByTestId('secretariat-title')).toHaveText('Thường trực Cụm thi đua số 2 năm 2022')
  })

  test('a chairman sees their unit and what awaits their signature', async ({ page }) => {
    await signInAndWaitForHome(page, accounts.vuQuangChairman)
    await expect(page.getByTestId('home-greeting')).toHaveText('Xin chào, Bùi Khắc Bằng')
    await expect(page.getByTestId('unit-title')).toHaveText('Đơn vị của bạn: Vũ Quang')
    await expect(page.getByRole('heading', { name: 'Chờ bạn ký' })).toBeVisible()
    await page.getByRole('link', { name: 'Thành viên Cụm thi đua số 2 năm 2021' }).click()
    await expect(page.getByTestId('chair')).toHaveText('Vũ Quang')
    await expect(page.getByTestId('member-table').getByRole('row')).toHaveCount(7)
  })

  test('the session survives a reload and ends with sign-out', async ({ page }) => {
    await signInAndWaitForHome(page, accounts.huongSonChairman)
    await page.reload()
    await expect(page.getByTestId('home-greeting')).toHaveText('Xin chào, Nguyễn Quang Thọ')
    await page.getByRole('link', { name: 'Đăng xuất' }).click()
    await page.getByRole('button', { name: 'Đăng xuất' }).click()
    await expect(page).toHaveURL(/\/sign-in/)
    await page.goto('/')
    await expect(page).toHaveURL(/\/sign-in/)
  })

  test('a cookie named for plain HTTP does not sign anyone in on the HTTPS site', async ({ page }) => {
    await signInAndWaitForHome(page, accounts.vuQuangChairman)
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
    const home = (headers: Record<string, string>) => page.request.get('/', { headers: { cookie, ...headers }, maxRedirects: 0 })
    // Over plain HTTP the cookie is authjs.session-token and it signs the chairman in.
    expect((await home({ 'x-forwarded-proto': 'http' })).status()).toBe(200)
    // Behind an HTTPS proxy Auth.js expects __Secure-authjs.session-token: the same plain cookie
    // (left from an http:// visit, or planted) is no session at all.
    expect((await home({ 'x-forwarded-proto': 'https' })).headers()['location']).toMatch(/\/sign-in/)
  })
})

test.describe('refused sign-ins say why', () => {
  test('a wrong password shows the message and keeps the e-mail', async ({ page }) => {
    await signIn(page, accounts.kyAnhChairman, 'sai-mat-khau')
    await expect(page.getByTestId('sign-in-error')).toHaveText('Sai thư điện tử hoặc mật khẩu.')
    await expect(page.getByLabel('Thư điện tử')).toHaveValue(accounts.kyAnhChairman)
    await expect(page).toHaveURL(/\/sign-in/)
  })

  test('empty fields get a Vietnamese message next to each field', async ({ page }) => {
    await page.goto('/sign-in')
    await page.getByLabel('Thư điện tử').fill('khong-phai-email')
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    await expect(page.getByText('Nhập địa chỉ thư điện tử hợp lệ, ví dụ ten@donvi.gov.vn.')).toBeVisible()
    await expect(page.getByText('Nhập mật khẩu.')).toBeVisible()
    await expect(page.getByLabel('Thư điện tử')).toHaveAttribute('aria-invalid', 'true')
  })
})
