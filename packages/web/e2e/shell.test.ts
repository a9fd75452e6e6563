import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../server/test/support/test-database.ts';
import {
  ADMIN_PASSWORD,
  adminCookie,
  HAS_CHROMIUM,
  type Harness,
  screenshot,
  signIn,
  startHarness,
  stopHarness,
} from './browser-harness.ts';

const REP_PASSWORD = 'Rep-Password-1';

for (const dialect of DIALECTS) {
  describe.runIf(HAS_CHROMIUM)(`web shell in Chromium (${dialect})`, () => {
    let harness: Harness | undefined;
    const shot = (name: string) => screenshot(harness!, `${dialect}-${name}`);

    beforeAll(async () => {
      harness = await startHarness(dialect);
    }, 180_000);

    afterAll(async () => {
      await stopHarness(harness);
    });

    it('signs in, switches language (remembered per user), manages users, shows the role matrix, signs out', async () => {
      const { page, baseUrl } = harness!;

      await page.goto(`${baseUrl}/`);
      await page.waitForURL(/\/login\?next=%2F/);
      await expect(page.locator('.login-page__product').textContent()).resolves.toContain('领航');
      await shot('01-sign-in');

      await page.locator('#login_username').fill('admin');
      await page.locator('#login_password').fill('not-the-password');
      await page.locator('button[type=submit]').click();
      await expect(page.getByRole('alert').textContent()).resolves.toContain('用户名或密码错误');

      await signIn(page, 'admin', ADMIN_PASSWORD);
      expect(new URL(page.url()).pathname).toBe('/');
      const sider = page.locator('.app-sider');
      await sider.getByText('工作台').waitFor();
      await expect(sider.getByText('设置').isVisible()).resolves.toBe(true);
      await page.getByText('系统管理员', { exact: false }).first().waitFor();
      await shot('02-shell-zh');

      const remembered = page.waitForResponse(
        (res) => res.url().endsWith('/api/v1/me') && res.request().method() === 'PATCH',
      );
      await page.locator('.app-header').getByRole('button', { name: '切换语言' }).click();
      await page.getByRole('menuitem', { name: 'English' }).click();
      expect((await remembered).status()).toBe(200);
      await sider.getByText('Leads').waitFor();
      await expect(sider.getByText('Dashboard').isVisible()).resolves.toBe(true);
      await expect(sider.getByText('Settings').isVisible()).resolves.toBe(true);
      await shot('03-shell-en');

      // Forget the browser's memory: the language must come back from the user's own setting.
      await page.evaluate(() => window.localStorage.clear());
      await page.reload();
      await sider.getByText('Leads').waitFor();
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');

      await sider.getByText('Settings').click();
      await sider.getByText('Users', { exact: true }).click();
      await page.waitForURL(/\/settings\/users$/);
      await page.getByRole('heading', { name: 'Users' }).waitFor();
      await page.getByRole('cell', { name: /admin/ }).first().waitFor();
      await page.getByRole('button', { name: 'New user' }).click();
      const drawer = page.locator('.ant-drawer');
      await drawer.locator('#user_username').fill('zhao.min');
      await drawer.locator('#user_name').fill('赵敏');
      await drawer.locator('#user_email').fill('zhao.min@example.com');
      await drawer.locator('#user_roleIds').click();
      await page.locator('.ant-select-item-option', { hasText: 'Sales rep' }).click();
      await shot('04-create-user');
      await drawer.getByRole('button', { name: 'Create user' }).click();
      const secretDialog = page.getByRole('dialog', { name: 'User created' });
      await secretDialog.waitFor();
      const initialPassword = (await secretDialog.locator('.secret-box code').textContent())?.trim() ?? '';
      expect(initialPassword.length).toBeGreaterThanOrEqual(8);
      await shot('05-user-created');
      await secretDialog.getByRole('button', { name: 'I have saved it' }).click();
      await page.locator('.ant-table').getByText('zhao.min', { exact: true }).waitFor();

      await sider.getByText('Roles & permissions').click();
      await page.waitForURL(/\/settings\/roles$/);
      await page.getByRole('link', { name: 'Sales rep' }).first().click();
      await page.waitForURL(/\/settings\/roles\/\d+$/);
      await page.getByRole('heading', { name: 'Business objects' }).waitFor();
      const leadRow = page.getByRole('row', { name: /Lead/ }).first();
      await expect(leadRow.locator('.ant-select').first().textContent()).resolves.toContain('Own');
      await expect(page.getByRole('heading', { name: 'System objects' }).isVisible()).resolves.toBe(true);
      await shot('06-role-matrix');

      await page.getByRole('button', { name: 'User menu' }).click();
      await page.getByRole('menuitem', { name: 'Sign out' }).click();
      await page.waitForURL(/\/login$/);
      await page.locator('#login_username').waitFor();
      await shot('07-signed-out');

      // The user created in the browser can sign in with the password shown once.
      const res = await harness!.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'zhao.min', password: initialPassword },
      });
      expect(res.statusCode).toBe(200);
    }, 120_000);

    it('does not offer the settings area to a sales rep', async () => {
      const { app, page, baseUrl } = harness!;
      const cookie = await adminCookie(app);
      const roles = await app.inject({ method: 'GET', url: '/api/v1/roles', headers: { cookie } });
      expect(roles.statusCode).toBe(200);
      const rep = (roles.json() as { items: Array<{ id: number; key: string | null }> }).items.find(
        (role) => role.key === 'salesRep',
      );
      expect(rep).toBeDefined();
      const created = await app.inject({
        method: 'POST',
        url: '/api/v1/users',
        headers: { cookie },
        payload: { username: 'rep.li', name: '李娜', roleIds: [rep!.id], password: REP_PASSWORD },
      });
      expect(created.statusCode).toBe(201);

      await page.goto(`${baseUrl}/login`);
      await signIn(page, 'rep.li', REP_PASSWORD);
      const sider = page.locator('.app-sider');
      // The rep's own language (zh-CN) replaces the one the browser used last.
      await sider.getByText('工作台').waitFor();
      await expect(sider.getByText('线索', { exact: true }).isVisible()).resolves.toBe(true);
      await expect(sider.getByText('设置').count()).resolves.toBe(0);
      await expect(sider.getByText('Settings').count()).resolves.toBe(0);
      await expect(page.getByText('销售', { exact: true }).first().isVisible()).resolves.toBe(true);
      await shot('08-sales-rep-shell');

      await page.goto(`${baseUrl}/settings/users`);
      await page.getByText('没有访问权限').waitFor();
      await shot('09-sales-rep-forbidden');
    }, 60_000);
  });
}
