import type { Locator, Page } from 'playwright-core';
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

/** Drags with the mouse the way a person does (dnd-kit starts a drag after a few pixels of movement). */
async function drag(page: Page, from: Locator, to: Locator): Promise<void> {
  const start = await from.boundingBox();
  const end = await to.boundingBox();
  if (!start || !end) throw new Error('drag source or target not visible');
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(start.x + start.width / 2 + 12, start.y + start.height / 2 + 12, { steps: 4 });
  await page.mouse.move(end.x + end.width / 2, end.y + Math.min(end.height / 2, 120), { steps: 12 });
  await page.mouse.up();
}

for (const dialect of DIALECTS) {
  describe.runIf(HAS_CHROMIUM)(`opportunity kanban (${dialect})`, () => {
    let harness: Harness | undefined;

    beforeAll(async () => {
      harness = await startHarness(dialect);
    }, 180_000);
    afterAll(async () => stopHarness(harness));

    it('drags a card to the next stage, and asks for the reason before a loss', async () => {
      const { app, page, baseUrl } = harness!;
      const cookie = await adminCookie(app);
      const call = async (method: 'GET' | 'POST', url: string, payload?: unknown) => {
        const res = await app.inject({
          method,
          url: `/api/v1${url}`,
          headers: { cookie },
          payload: payload as object,
        });
        expect(res.statusCode, res.body).toBeLessThan(300);
        return res.json();
      };
      const deal = await call('POST', '/objects/opportunity/records', {
        name: '华东电力 CRM',
        amount: '100000.00',
      });
      const other = await call('POST', '/objects/opportunity/records', {
        name: '鼎盛制造 ERP',
        amount: '250000.00',
      });

      await page.goto(`${baseUrl}/login`);
      await signIn(page, 'admin', ADMIN_PASSWORD);
      await page.goto(`${baseUrl}/o/opportunity`);
      await page.getByText('看板', { exact: true }).click();
      const column = (stage: string) => page.locator(`.kanban-column[data-stage="${stage}"]`);
      const card = (name: string) => page.locator(`.kanban-card[data-card="${name}"]`);
      await card('华东电力 CRM').waitFor();
      await expect.poll(() => column('初步接洽').getByTestId('column-count').textContent()).toBe('2 个商机');
      await expect
        .poll(() => column('初步接洽').locator('.kanban-column__amount').textContent())
        .toBe('¥35万');

      await drag(page, card('华东电力 CRM'), column('方案呈现'));
      await page.getByText('「华东电力 CRM」已移至「方案呈现」').waitFor();
      await column('方案呈现').locator('.kanban-card[data-card="华东电力 CRM"]').waitFor();
      await expect.poll(() => column('初步接洽').getByTestId('column-count').textContent()).toBe('1 个商机');
      await expect.poll(() => column('方案呈现').getByTestId('column-count').textContent()).toBe('1 个商机');
      await screenshot(harness!, `kanban-${dialect}-moved`, { fullPage: true });
      const moved = await call('GET', `/objects/opportunity/records/${deal.id}`);
      expect(moved).toMatchObject({ version: 2, probability: 50, status: 'open' });
      const history = await call('GET', `/opportunities/${deal.id}/stage-history`);
      expect(history.items.map((h: { toStage: { name: string } }) => h.toStage.name)).toEqual([
        '初步接洽',
        '方案呈现',
      ]);

      // A lost stage first asks why; the reason goes with the move.
      await drag(page, card('鼎盛制造 ERP'), page.locator('.kanban-closed--lost'));
      const dialog = page.locator('.ant-modal');
      await dialog.getByText('「鼎盛制造 ERP」移至「输单」').waitFor();
      await screenshot(harness!, `kanban-${dialect}-loss-reason`);
      await dialog.getByRole('combobox').click();
      await page.locator('.ant-select-item-option').filter({ hasText: '选择了竞争对手' }).click();
      await dialog.getByRole('button', { name: '确认输单' }).click();
      await page.getByText('「鼎盛制造 ERP」已移至「输单」').waitFor();
      await expect.poll(() => card('鼎盛制造 ERP').count()).toBe(0);
      const lost = await call('GET', `/objects/opportunity/records/${other.id}`);
      expect(lost).toMatchObject({ status: 'lost', lossReason: 'competitor' });
    }, 120_000);
  });
}
