import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/src/app.ts';
import { loadConfig } from '../../server/src/config.ts';
import { prepareDatabase } from '../../server/src/platform/prepare-database.ts';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../server/test/support/test-database.ts';
import { ensureWebBuilt } from './web-build.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HAS_CHROMIUM = fs.existsSync(CHROMIUM);
const ADMIN_PASSWORD = 'admin-Password-1';
const REP_PASSWORD = 'Rep-Password-1';
/** Copies of the screenshots, kept after the run for people to look at. */
const SHOTS_COPY_DIR = '/tmp/lodestar-shots';

interface Harness {
  app: FastifyInstance;
  database: TestDatabase;
  baseUrl: string;
  context: BrowserContext;
  page: Page;
  profileDir: string;
  shotsDir: string;
}

async function startHarness(dialect: (typeof DIALECTS)[number]): Promise<Harness> {
  const webDir = await ensureWebBuilt();
  const database = await createTestDatabase(dialect);
  const config = loadConfig(
    {},
    { adminPassword: ADMIN_PASSWORD, seedDemo: false, workerInProcess: false, webDir, port: 0 },
  );
  await prepareDatabase(database, config);
  const app = await buildApp({ config, database });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestar-chromium-'));
  const shotsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestar-shots-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    viewport: { width: 1366, height: 768 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { app, database, baseUrl: `http://127.0.0.1:${port}`, context, page, profileDir, shotsDir };
}

async function stopHarness(harness: Harness | undefined): Promise<void> {
  if (!harness) return;
  await harness.context.close();
  await harness.app.close();
  await harness.database.dispose();
  fs.rmSync(harness.profileDir, { recursive: true, force: true });
}

/** Saves a screenshot in the run's temp folder and a copy in /tmp/lodestar-shots. */
async function screenshot(harness: Harness, name: string): Promise<void> {
  const file = path.join(harness.shotsDir, `${name}.png`);
  await harness.page.screenshot({ path: file });
  fs.mkdirSync(SHOTS_COPY_DIR, { recursive: true });
  fs.copyFileSync(file, path.join(SHOTS_COPY_DIR, `${name}.png`));
}

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.locator('#login_username').fill(username);
  await page.locator('#login_password').fill(password);
  await page.locator('button[type=submit]').click();
  await page.locator('.app-shell').waitFor();
}

/** The admin's session cookie, for API calls that prepare data. */
async function adminCookie(app: FastifyInstance): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: 'admin', password: ADMIN_PASSWORD },
  });
  expect(res.statusCode).toBe(200);
  const cookie = res.cookies.find((c) => c.name === 'lodestar_session');
  if (!cookie) throw new Error('no session cookie');
  return `${cookie.name}=${cookie.value}`;
}

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
      await expect(sider.getByText('线索').isVisible()).resolves.toBe(true);
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
