// Shared set-up of the browser tests: a real server on a free port over a fresh database, and Debian's
// Chromium driven by playwright-core.
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { buildApp } from '../../server/src/app.ts';
import { loadConfig } from '../../server/src/config.ts';
import { prepareDatabase } from '../../server/src/platform/prepare-database.ts';
import {
  createTestDatabase,
  type DIALECTS,
  type TestDatabase,
} from '../../server/test/support/test-database.ts';
import { ensureWebBuilt } from './web-build.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = fs.existsSync(CHROMIUM);
export const ADMIN_PASSWORD = 'admin-Password-1';
/** Copies of the screenshots, kept after the run for people to look at. */
const SHOTS_COPY_DIR = '/tmp/lodestar-shots';

export interface Harness {
  app: FastifyInstance;
  database: TestDatabase;
  baseUrl: string;
  context: BrowserContext;
  page: Page;
  profileDir: string;
  shotsDir: string;
}

export async function startHarness(dialect: (typeof DIALECTS)[number]): Promise<Harness> {
  const webDir = await ensureWebBuilt();
  const database = await createTestDatabase(dialect);
  const config = loadConfig(
    {},
    {
      adminPassword: ADMIN_PASSWORD,
      seedDemo: false,
      workerInProcess: false,
      webDir,
      port: 0,
      // Uploaded files go to a temporary folder, never into the repository's `data/`.
      dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'lodestar-e2e-data-')),
    },
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

export async function stopHarness(harness: Harness | undefined): Promise<void> {
  if (!harness) return;
  await harness.context.close();
  await harness.app.close();
  await harness.database.dispose();
  fs.rmSync(harness.profileDir, { recursive: true, force: true });
}

/** Saves a screenshot in the run's temp folder and a copy in /tmp/lodestar-shots. */
export async function screenshot(harness: Harness, name: string, { fullPage = false } = {}): Promise<void> {
  const file = path.join(harness.shotsDir, `${name}.png`);
  await harness.page.screenshot({ path: file, fullPage });
  fs.mkdirSync(SHOTS_COPY_DIR, { recursive: true });
  fs.copyFileSync(file, path.join(SHOTS_COPY_DIR, `${name}.png`));
}

/** The admin's session cookie, for API calls that prepare data. */
export async function adminCookie(app: FastifyInstance): Promise<string> {
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

/** Signs in through the sign-in form and waits for the shell. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.locator('#login_username').fill(username);
  await page.locator('#login_password').fill(password);
  await page.locator('button[type=submit]').click();
  await page.locator('.app-shell').waitFor();
}

/**
 * Exports the list shown on `page` to Excel through the export menu and returns the downloaded file's name
 * and its first sheet's rows (cell values, header row first).
 */
export async function exportListToExcel(page: Page): Promise<{ fileName: string; rows: unknown[][] }> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出' }).hover();
  await page.getByText('导出 Excel').click();
  const download = await downloading;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await download.path()) as string);
  const rows: unknown[][] = [];
  workbook.worksheets[0]?.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return { fileName: download.suggestedFilename(), rows };
}
