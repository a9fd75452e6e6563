import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/test-database.ts';
import { createSalesFixture, type SalesFixture } from './sales-test-fixture.ts';

for (const dialect of DIALECTS) {
  describe(`line items (${dialect})`, () => {
    let f: SalesFixture;
    let crm: { id: number };
    let training: { id: number };
    let account: { id: number };
    const lines = (object: string, id: number) => `/objects/${object}/records/${id}/lines`;

    beforeAll(async () => {
      f = await createSalesFixture(dialect);
      crm = await f.create('admin', 'product', {
        name: '领航 CRM 专业版',
        code: 'LS-PRO',
        unit: '套',
        listPrice: '1999.99',
        taxRate: 13,
        productLine: 'software',
        active: true,
      });
      training = await f.create('admin', 'product', {
        name: '现场培训',
        code: 'TR-1',
        unit: '天',
        listPrice: '3000',
        taxRate: 6,
      });
      account = await f.create('rep', 'account', { name: '杭州西湖精密机械股份有限公司' });
    });
    afterAll(async () => f?.t.close());

    it('prices awkward decimals exactly, half-up to the 分 per line, and writes the opportunity amount with history', async () => {
      const opportunity = await f.create('rep', 'opportunity', {
        name: '西湖机械 CRM 项目',
        account: account.id,
      });
      const res = await f.as('rep', 'PUT', lines('opportunity', opportunity.id), {
        lines: [
          // 33.333 × ¥3 = 99.999 → 100.00; net 99.999 × 92.5 % = 92.499075 → 92.50; tax 13 % = 12.025 → 12.03
          {
            name: '定制开发（人时）',
            quantity: '33.333',
            unitPrice: '3',
            discountPercent: '7.5',
            taxPercent: '13',
          },
          // 3 × ¥33.33 = 99.99; net 92.49075 → 92.49; tax 12.0237 → 12.02
          { name: '接口调试', quantity: 3, unitPrice: '33.33', discountPercent: 7.5, taxPercent: 13 },
        ],
      });
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      expect(
        body.lines.map((l: Record<string, string>) => [
          l.quantity,
          l.listAmount,
          l.discountAmount,
          l.netAmount,
          l.taxAmount,
          l.totalAmount,
        ]),
      ).toEqual([
        ['33.333', '100.00', '7.50', '92.50', '12.03', '104.53'],
        ['3', '99.99', '7.50', '92.49', '12.02', '104.51'],
      ]);
      expect(body.totals).toEqual({
        subtotal: '199.99',
        discountTotal: '15.00',
        netTotal: '184.99',
        taxTotal: '24.05',
        grandTotal: '209.04',
        maxDiscount: '7.5',
      });
      const record = (await f.as('rep', 'GET', `/objects/opportunity/records/${opportunity.id}`)).json();
      expect(record.amount).toBe('209.04');
      expect(record.version).toBe(body.version);
      const history = (
        await f.as('rep', 'GET', `/objects/opportunity/records/${opportunity.id}/history`)
      ).json();
      const amountChange = history.items
        .flatMap((entry: { changes?: unknown[] }) => entry.changes ?? [entry])
        .find((change: { field?: string }) => change.field === 'amount');
      expect(amountChange).toMatchObject({ field: 'amount', newValue: '209.04' });
      // Read back exactly as written.
      const read = await f.as('rep', 'GET', lines('opportunity', opportunity.id));
      expect(read.statusCode).toBe(200);
      expect(read.json().totals.grandTotal).toBe('209.04');
      expect(read.json().editable).toBe(true);
    });

    it('defaults name, unit, tax and price from the catalogue: the parent’s price list first, else the list price', async () => {
      const list = await f.create('admin', 'priceList', { name: '2026 渠道价', active: true });
      const prices = await f.as('admin', 'PUT', `/price-lists/${list.id}/prices`, {
        prices: [{ productId: crm.id, unitPrice: '1500.00' }],
      });
      expect(prices.statusCode, prices.body).toBe(200);
      const opportunity = await f.create('rep', 'opportunity', {
        name: '渠道项目',
        account: account.id,
        priceList: list.id,
      });
      const res = await f.as('rep', 'PUT', lines('opportunity', opportunity.id), {
        lines: [
          { productId: crm.id, quantity: '2' },
          { productId: training.id, quantity: '1', discountPercent: '10' },
        ],
      });
      expect(res.statusCode, res.body).toBe(200);
      const [first, second] = res.json().lines;
      expect(first).toMatchObject({
        productId: crm.id,
        name: '领航 CRM 专业版',
        unit: '套',
        unitPrice: '1500.00',
        taxPercent: '13',
      });
      expect(second).toMatchObject({
        name: '现场培训',
        unit: '天',
        unitPrice: '3000.00',
        taxPercent: '6',
        netAmount: '2700.00',
      });
      expect(res.json().priceListId).toBe(list.id);
      // Without a price list of its own, a parent prices from the product's list price (no default list yet).
      const plain = await f.create('rep', 'opportunity', { name: '标准价项目', account: account.id });
      const standard = await f.as('rep', 'PUT', lines('opportunity', plain.id), {
        lines: [{ productId: crm.id, quantity: 1 }],
      });
      expect(standard.json().lines[0].unitPrice).toBe('1999.99');
      // An explicit price wins over both.
      const explicit = await f.as('rep', 'PUT', lines('opportunity', plain.id), {
        lines: [{ productId: crm.id, quantity: 1, unitPrice: '1800' }],
      });
      expect(explicit.json().lines[0].unitPrice).toBe('1800.00');
    });

    it('refuses bad lines with a 4xx naming the field, and changes nothing', async () => {
      const opportunity = await f.create('rep', 'opportunity', { name: '坏数据项目', account: account.id });
      const good = await f.as('rep', 'PUT', lines('opportunity', opportunity.id), {
        lines: [{ name: '服务', quantity: 1, unitPrice: '100' }],
      });
      expect(good.statusCode).toBe(200);
      const before = (await f.as('rep', 'GET', `/objects/opportunity/records/${opportunity.id}`)).json();
      const cases: Array<[unknown, number, string, string]> = [
        [[{ name: 'x', quantity: '-1', unitPrice: '1' }], 400, 'lines.0.quantity', 'quote.line.negative'],
        [
          [{ name: 'x', quantity: 1, unitPrice: '1', discountPercent: '100.5' }],
          400,
          'lines.0.discountPercent',
          'quote.line.percent_above_100',
        ],
        [
          [{ name: 'x', quantity: 1, unitPrice: '33.333' }],
          400,
          'lines.0.unitPrice',
          'quote.line.too_many_decimals',
        ],
        [
          [{ name: 'x', quantity: '1e3', unitPrice: '1' }],
          400,
          'lines.0.quantity',
          'quote.line.not_a_number',
        ],
        [[{ quantity: 1, unitPrice: '1' }], 400, 'lines.0.name', 'lineItems.name_required'],
        [
          [
            { name: 'ok', quantity: 1, unitPrice: '1' },
            { productId: 999999, quantity: 1 },
          ],
          422,
          'lines.1.productId',
          'lineItems.unknown_product',
        ],
      ];
      for (const [body, status, field, code] of cases) {
        const res = await f.as('rep', 'PUT', lines('opportunity', opportunity.id), { lines: body }, 'zh-CN');
        expect(res.statusCode, res.body).toBe(status);
        const problem = res.json();
        expect(problem.errors ?? problem.fields).toBeDefined();
        const fields = (problem.errors ?? problem.fields) as Array<{
          field: string;
          code: string;
          message: string;
        }>;
        expect(fields).toContainEqual(expect.objectContaining({ field, code }));
        expect(fields.find((e) => e.field === field)?.message).not.toBe(code);
      }
      const tooMany = Array.from({ length: 201 }, () => ({ name: 'x', quantity: 1, unitPrice: '1' }));
      expect(
        (await f.as('rep', 'PUT', lines('opportunity', opportunity.id), { lines: tooMany })).statusCode,
      ).toBe(400);
      expect(
        (
          await f.as('rep', 'PUT', lines('opportunity', opportunity.id), {
            lines: [{ name: 'x', quantity: 1, price: 1 }],
          })
        ).statusCode,
      ).toBe(400);
      expect(
        (await f.as('rep', 'PUT', lines('opportunity', opportunity.id), { lines: [], version: 1 }))
          .statusCode,
      ).toBe(409);
      const after = (await f.as('rep', 'GET', `/objects/opportunity/records/${opportunity.id}`)).json();
      expect(after.version).toBe(before.version);
      expect(after.amount).toBe('100.00');
      expect((await f.as('rep', 'GET', lines('opportunity', opportunity.id))).json().lines).toHaveLength(1);
    });

    it('keeps lines within the data scope: another rep gets 404, a manager of the department may edit', async () => {
      const opportunity = await f.create('rep', 'opportunity', { name: '私有项目', account: account.id });
      expect((await f.as('rep2', 'GET', lines('opportunity', opportunity.id))).statusCode).toBe(404);
      const put = await f.as('rep2', 'PUT', lines('opportunity', opportunity.id), {
        lines: [{ name: 'x', quantity: 1, unitPrice: '1' }],
      });
      expect(put.statusCode).toBe(404);
      expect((await f.as('outsider', 'GET', lines('opportunity', opportunity.id))).statusCode).toBe(404);
      const manager = await f.as('manager', 'PUT', lines('opportunity', opportunity.id), {
        lines: [{ name: '经理调整', quantity: 2, unitPrice: '50' }],
      });
      expect(manager.statusCode, manager.body).toBe(200);
      expect(await f.t.rowCount('line_items')).toBeGreaterThan(0);
      expect((await f.as('rep', 'GET', lines('opportunity', opportunity.id))).json().totals.grandTotal).toBe(
        '100.00',
      );
      // Objects without lines, and missing records.
      expect((await f.as('rep', 'GET', lines('account', account.id))).json().code).toBe(
        'lineItems.not_supported',
      );
      expect((await f.as('rep', 'GET', lines('opportunity', 987654))).statusCode).toBe(404);
    });

    it('locks a contract’s lines from pending approval on (409), and its amount follows them while a draft', async () => {
      const contract = await f.create('rep', 'contract', { name: '西湖机械 CRM 合同', account: account.id });
      const draft = await f.as('rep', 'PUT', lines('contract', contract.id), {
        lines: [{ productId: crm.id, quantity: 1, unitPrice: '1000' }],
      });
      expect(draft.statusCode, draft.body).toBe(200);
      expect((await f.as('rep', 'GET', `/objects/contract/records/${contract.id}`)).json().amount).toBe(
        '1130.00',
      );
      const transition = async (who: 'rep' | 'admin', action: string, body: object = {}) => {
        const res = await f.as(who, 'POST', `/contracts/${contract.id}/${action}`, body);
        expect(res.statusCode, res.body).toBe(200);
      };
      const expectLocked = async () => {
        const res = await f.as('rep', 'PUT', lines('contract', contract.id), { lines: [] }, 'zh-CN');
        expect(res.statusCode).toBe(409);
        expect(res.json().code).toBe('lineItems.contract_locked');
        expect(res.json().detail ?? res.json().title).toMatch(/锁定/);
        expect((await f.as('rep', 'GET', lines('contract', contract.id))).json()).toMatchObject({
          editable: false,
        });
        expect((await f.as('rep', 'GET', lines('contract', contract.id))).json().lines).toHaveLength(1);
      };
      await transition('rep', 'submit');
      await expectLocked();
      // Withdrawn, it is a draft again and its lines can change.
      await transition('rep', 'withdraw');
      expect((await f.as('rep', 'PUT', lines('contract', contract.id), { lines: [] })).statusCode).toBe(200);
      await f.as('rep', 'PUT', lines('contract', contract.id), {
        lines: [{ productId: crm.id, quantity: 1, unitPrice: '1000' }],
      });
      await transition('rep', 'submit');
      await transition('admin', 'approve');
      await expectLocked();
      await transition('admin', 'sign', { signDate: '2026-03-01' });
      await expectLocked();
    });

    it('copies lines from one record to another exactly (copyLines)', async () => {
      const { copyLines } = await import('./copy-line-items.ts');
      const { loadSalesContexts } = await import('./sales-contexts.ts');
      const { inRecordTransaction } = await import('../../records/record-write.ts');
      const { loadViewer } = await import('../../platform/auth/load-viewer.ts');
      const opportunity = await f.create('rep', 'opportunity', { name: '复制源', account: account.id });
      await f.as('rep', 'PUT', lines('opportunity', opportunity.id), {
        lines: [
          {
            productId: crm.id,
            quantity: '2.5',
            unitPrice: '999.99',
            discountPercent: '12.5',
            taxPercent: '13',
            description: '含一年维护',
          },
        ],
      });
      const contract = await f.create('rep', 'contract', { name: '复制目标', account: account.id });
      const viewer = await loadViewer(f.t.database.db, f.ids.rep, null, null);
      const contexts = await loadSalesContexts(f.t.database, viewer!);
      const copied = await inRecordTransaction(f.t.database, (trx) =>
        copyLines(
          trx,
          contexts,
          { object: 'opportunity', id: opportunity.id },
          { object: 'contract', id: contract.id },
        ),
      );
      const source = (await f.as('rep', 'GET', lines('opportunity', opportunity.id))).json();
      const strip = (line: Record<string, unknown>) => ({ ...line, id: 0 });
      expect(copied.lines.map(strip)).toEqual(source.lines.map(strip));
      expect((await f.as('rep', 'GET', `/objects/contract/records/${contract.id}`)).json().amount).toBe(
        source.totals.grandTotal,
      );
    });
  });
}
