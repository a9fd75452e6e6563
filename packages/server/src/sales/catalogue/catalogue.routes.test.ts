import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/test-database.ts';
import { createSalesFixture, type SalesFixture } from '../line-items/sales-test-fixture.ts';

for (const dialect of DIALECTS) {
  describe(`products and price lists (${dialect})`, () => {
    let f: SalesFixture;
    beforeAll(async () => {
      f = await createSalesFixture(dialect);
    });
    afterAll(async () => f?.t.close());

    it('hides the purchase cost from reps and shows it to managers', async () => {
      const product = await f.create('admin', 'product', {
        name: '领航 CRM 企业版',
        code: 'LS-ENT',
        listPrice: '30000',
        cost: '12000',
      });
      const asRep = await f.t.call(f.cookies.rep, 'GET', `/objects/product/records/${product.id}`);
      expect(asRep.statusCode).toBe(200);
      expect(asRep.json()).toMatchObject({ listPrice: '30000.00' });
      expect(asRep.json()).not.toHaveProperty('cost');
      const asManager = await f.t.call(f.cookies.manager, 'GET', `/objects/product/records/${product.id}`);
      expect(asManager.json()).toMatchObject({ cost: '12000.00' });
    });

    it('keeps a product code unique among live products (422 naming the holder), freed by deletion', async () => {
      const first = await f.create('admin', 'product', { name: '领航 CRM 专业版', code: 'LS-PRO' });
      const taken = await f.as(
        'admin',
        'POST',
        '/objects/product/records',
        { name: '另一个', code: ' ls-pro ' },
        'zh-CN',
      );
      expect(taken.statusCode).toBe(422);
      expect(taken.json().errors ?? taken.json().fields).toContainEqual(
        expect.objectContaining({
          field: 'code',
          code: 'product.code_taken',
          message: expect.stringContaining('领航 CRM 专业版'),
        }),
      );
      const other = await f.create('admin', 'product', { name: '实施服务', code: 'SVC-1' });
      const rename = await f.as('admin', 'PATCH', `/objects/product/records/${other.id}`, {
        version: other.version,
        code: 'LS-PRO',
      });
      expect(rename.statusCode).toBe(422);
      // Changing another field of the holder itself is fine.
      expect(
        (
          await f.as('admin', 'PATCH', `/objects/product/records/${first.id}`, {
            version: first.version,
            unit: '套',
          })
        ).statusCode,
      ).toBe(200);
      expect((await f.as('admin', 'DELETE', `/objects/product/records/${first.id}`)).statusCode).toBe(204);
      const reused = await f.as('admin', 'POST', '/objects/product/records', {
        name: '新专业版',
        code: 'LS-PRO',
      });
      expect(reused.statusCode, reused.body).toBe(201);
      // Restoring the deleted holder would give two live products the code.
      expect((await f.as('admin', 'POST', `/objects/product/records/${first.id}/restore`)).statusCode).toBe(
        422,
      );
      // Reps read the catalogue but do not write it.
      expect((await f.as('rep', 'POST', '/objects/product/records', { name: 'x' })).statusCode).toBe(403);
    });

    it('allows at most one default price list', async () => {
      const standard = await f.create('admin', 'priceList', {
        name: '标准价目表',
        isDefault: true,
        active: true,
      });
      const second = await f.as('admin', 'POST', '/objects/priceList/records', {
        name: '渠道价',
        isDefault: true,
      });
      expect(second.statusCode).toBe(422);
      expect(second.json().errors ?? second.json().fields).toContainEqual(
        expect.objectContaining({ field: 'isDefault', code: 'priceList.default_taken' }),
      );
      const channel = await f.create('admin', 'priceList', { name: '渠道价', isDefault: false });
      expect(
        (
          await f.as('admin', 'PATCH', `/objects/priceList/records/${channel.id}`, {
            version: channel.version,
            isDefault: true,
          })
        ).statusCode,
      ).toBe(422);
      await f.as('admin', 'PATCH', `/objects/priceList/records/${standard.id}`, {
        version: standard.version,
        isDefault: false,
      });
      expect(
        (
          await f.as('admin', 'PATCH', `/objects/priceList/records/${channel.id}`, {
            version: channel.version,
            isDefault: true,
          })
        ).statusCode,
      ).toBe(200);
    });

    it('replaces the prices of a list in one audited request; bad input changes nothing', async () => {
      const a = await f.create('admin', 'product', { name: '产品甲', code: 'A-1', listPrice: '100' });
      const b = await f.create('admin', 'product', { name: '产品乙', code: 'B-1', listPrice: '200' });
      const list = await f.create('admin', 'priceList', { name: '大客户价' });
      const url = `/price-lists/${list.id}/prices`;
      const saved = await f.as('admin', 'PUT', url, {
        prices: [
          { productId: b.id, unitPrice: '180.5' },
          { productId: a.id, unitPrice: '90' },
        ],
      });
      expect(saved.statusCode, saved.body).toBe(200);
      expect(
        saved.json().items.map((i: Record<string, unknown>) => [i.productCode, i.listPrice, i.unitPrice]),
      ).toEqual([
        ['A-1', '100.00', '90.00'],
        ['B-1', '200.00', '180.50'],
      ]);
      const audit = await f.t.database.db
        .selectFrom('audit_log')
        .selectAll()
        .where('entity_type', '=', 'priceListPrices')
        .execute();
      expect(audit).toHaveLength(1);
      const bad: Array<[unknown, number]> = [
        [{ prices: [{ productId: a.id, unitPrice: '-1' }] }, 400],
        [{ prices: [{ productId: a.id, unitPrice: '1.234' }] }, 400],
        [
          {
            prices: [
              { productId: a.id, unitPrice: '1' },
              { productId: a.id, unitPrice: '2' },
            ],
          },
          400,
        ],
        [{ prices: [{ productId: 999999, unitPrice: '1' }] }, 422],
        [{ prices: [{ productId: a.id, unitPrice: 1 }] }, 400],
        [{ prices: [], extra: 1 }, 400],
      ];
      for (const [body, status] of bad) {
        const res = await f.as('admin', 'PUT', url, body);
        expect(res.statusCode, JSON.stringify(body)).toBe(status);
      }
      expect((await f.as('rep', 'PUT', url, { prices: [] })).statusCode).toBe(403);
      const read = await f.as('rep', 'GET', url);
      expect(read.statusCode).toBe(200);
      expect(read.json().items).toHaveLength(2);
      expect((await f.as('rep', 'GET', '/price-lists/987654/prices')).statusCode).toBe(404);
      // A deleted product's price is no longer listed.
      await f.as('admin', 'DELETE', `/objects/product/records/${b.id}`);
      expect(
        (await f.as('rep', 'GET', url)).json().items.map((i: { productId: number }) => i.productId),
      ).toEqual([a.id]);
    });
  });
}
