import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/test-database.ts';
import { createSalesFixture, type SalesFixture } from '../line-items/sales-test-fixture.ts';
import { expireQuotes } from './expire-quotes.job.ts';

function pdfText(pdf: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestar-quote-'));
  try {
    const file = path.join(dir, 'quote.pdf');
    fs.writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

for (const dialect of DIALECTS) {
  describe(`quotes (${dialect})`, () => {
    let f: SalesFixture;
    let account: { id: number };
    let contact: { id: number };
    let product: { id: number };
    const lines = (id: number) => `/objects/quote/records/${id}/lines`;

    beforeAll(async () => {
      f = await createSalesFixture(dialect);
      await f.as('admin', 'PATCH', '/settings', {
        company: {
          name: '上海领航软件有限公司',
          address: '上海市浦东新区张江路 88 号',
          phone: '021-5088 8888',
        },
      });
      product = await f.create('admin', 'product', {
        name: '领航 CRM 专业版',
        code: 'LS-PRO',
        unit: '套',
        listPrice: '10000',
        taxRate: 13,
      });
      account = await f.create('rep', 'account', { name: '杭州西湖精密机械股份有限公司' });
      contact = await f.create('rep', 'contact', {
        name: '王建国',
        account: account.id,
        phone: '13800138000',
      });
    });
    afterAll(async () => f?.t.close());

    /** An opportunity of the rep with two lines, and a quote started from it. */
    async function quoteFromOpportunity(discount = '10') {
      const opportunity = await f.create('rep', 'opportunity', {
        name: '西湖机械 CRM 项目',
        account: account.id,
        contact: contact.id,
      });
      const put = await f.as('rep', 'PUT', `/objects/opportunity/records/${opportunity.id}/lines`, {
        lines: [
          { productId: product.id, quantity: 2, discountPercent: discount },
          { name: '实施服务', unit: '人天', quantity: '5', unitPrice: '1500', taxPercent: '6' },
        ],
      });
      expect(put.statusCode, put.body).toBe(200);
      const created = await f.as('rep', 'POST', `/opportunities/${opportunity.id}/quotes`, {
        validUntil: '2099-12-31',
      });
      expect(created.statusCode, created.body).toBe(201);
      return {
        opportunity,
        quote: created.json() as Record<string, unknown> & { id: number; version: number },
      };
    }

    const act = (
      who: Parameters<SalesFixture['as']>[0],
      id: number,
      action: string,
      version?: number | string,
    ) =>
      f.t.app.inject({
        method: 'POST',
        url: `/api/v1/quotes/${id}/${action}`,
        headers: {
          cookie: f.cookies[who],
          'accept-language': 'en',
          ...(version !== undefined ? { 'if-match': `"${version}"` } : {}),
        },
      });

    it('starts a quote from an opportunity: links, account, contact, lines and totals, auto-numbered draft', async () => {
      const { opportunity, quote } = await quoteFromOpportunity();
      expect(quote).toMatchObject({
        opportunity: opportunity.id,
        account: account.id,
        contact: contact.id,
        status: 'draft',
        revision: 1,
        ownerId: f.ids.rep,
        // 2 × 10,000 − 10 % = 18,000 + 13 % = 20,340; 5 × 1,500 = 7,500 + 6 % = 7,950
        subtotal: '27500.00',
        discountAmount: '2000.00',
        taxAmount: '2790.00',
        total: '28290.00',
        maxDiscount: 10,
      });
      expect(String(quote.number)).toMatch(/^BJ-\d{4}-\d{4}$/);
      const quoteLines = (await f.as('rep', 'GET', lines(quote.id))).json();
      expect(quoteLines.lines.map((l: { name: string }) => l.name)).toEqual(['领航 CRM 专业版', '实施服务']);
      // Opportunity of another rep: 404; a rep cannot write the quote's status or totals directly.
      expect((await f.as('rep2', 'POST', `/opportunities/${opportunity.id}/quotes`, {})).statusCode).toBe(
        404,
      );
      const direct = await f.as('rep', 'PATCH', `/objects/quote/records/${quote.id}`, {
        version: quote.version,
        status: 'sent',
      });
      expect(direct.statusCode).toBe(400);
      expect(direct.json().code).toBe('record.managed_field');
    });

    it('sends within the threshold, freezes revision 1, and accepting sets the opportunity amount', async () => {
      const { opportunity, quote } = await quoteFromOpportunity('10');
      const flow = (await f.as('rep', 'GET', `/quotes/${quote.id}/workflow`)).json();
      expect(flow).toMatchObject({
        status: 'draft',
        approvalRequired: false,
        threshold: '20',
        actions: ['send'],
      });
      expect((await act('rep', quote.id, 'submit')).json().code).toBe('quote.approval_not_needed');
      const sent = await act('rep', quote.id, 'send');
      expect(sent.statusCode, sent.body).toBe(200);
      expect(sent.json()).toMatchObject({ status: 'sent', revision: 1, validUntil: '2099-12-31' });
      expect(sent.json().quoteDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // Lines and header are frozen now.
      expect((await f.as('rep', 'PUT', lines(quote.id), { lines: [] })).json().code).toBe(
        'lineItems.quote_locked',
      );
      const edit = await f.as('rep', 'PATCH', `/objects/quote/records/${quote.id}`, {
        version: sent.json().version,
        name: '改名',
      });
      expect(edit.statusCode).toBe(409);
      expect(edit.json().code).toBe('quote.not_editable');
      expect((await act('rep', quote.id, 'send')).statusCode).toBe(409);
      const accepted = await act('rep', quote.id, 'accept');
      expect(accepted.statusCode, accepted.body).toBe(200);
      const opp = (await f.as('rep', 'GET', `/objects/opportunity/records/${opportunity.id}`)).json();
      expect(opp.amount).toBe('28290.00');
      expect((await act('rep', quote.id, 'revise')).statusCode).toBe(409);
    });

    it('requires approval above the threshold: a rep cannot approve, a manager can within scope', async () => {
      const { quote } = await quoteFromOpportunity('25');
      expect(quote.maxDiscount).toBe(25);
      const early = await act('rep', quote.id, 'send');
      expect(early.statusCode).toBe(409);
      expect(early.json().code).toBe('quote.approval_required');
      expect((await f.as('rep', 'GET', `/quotes/${quote.id}/workflow`)).json().actions).toEqual(['submit']);
      expect((await act('rep', quote.id, 'submit')).statusCode).toBe(200);
      expect((await f.as('rep', 'PUT', lines(quote.id), { lines: [] })).statusCode).toBe(409);
      expect((await act('rep', quote.id, 'approve')).statusCode).toBe(403);
      expect((await act('outsider', quote.id, 'approve')).statusCode).toBe(404);
      expect((await f.as('manager', 'GET', `/quotes/${quote.id}/workflow`)).json().actions).toEqual([
        'approve',
        'return',
        'revise',
      ]);
      const returned = await act('manager', quote.id, 'return');
      expect(returned.json().status).toBe('draft');
      await act('rep', quote.id, 'submit');
      const current = (await f.as('rep', 'GET', `/objects/quote/records/${quote.id}`)).json();
      const approved = await act('manager', quote.id, 'approve', current.version);
      expect(approved.statusCode, approved.body).toBe(200);
      expect(approved.json().status).toBe('approved');
      const notes = await f.t.database.db
        .selectFrom('notifications')
        .select('kind')
        .where('user_id', '=', f.ids.rep)
        .execute();
      expect(notes.map((n) => n.kind)).toEqual(expect.arrayContaining(['quote.returned', 'quote.approved']));
      // The rep's manager heard of each submission, with the discount and the rule.
      const waiting = await f.t.database.db
        .selectFrom('notifications')
        .select(['kind', 'params', 'record_id'])
        .where('user_id', '=', f.ids.manager)
        .where('kind', '=', 'quote.submitted')
        .execute();
      expect(waiting).toHaveLength(2);
      expect(Number(waiting[0]!.record_id)).toBe(quote.id);
      expect(JSON.parse(waiting[0]!.params)).toMatchObject({ maxDiscount: '25', threshold: '20' });
      expect((await act('rep', quote.id, 'send')).json().status).toBe('sent');
      // A stale version is refused.
      expect((await act('rep', quote.id, 'reject', 1)).statusCode).toBe(409);
    });

    it('revises a sent quote into revision 2 while revision 1 stays frozen and readable; PDFs of both', async () => {
      const { quote } = await quoteFromOpportunity('5');
      await act('rep', quote.id, 'send');
      const revised = await act('rep', quote.id, 'revise');
      expect(revised.json()).toMatchObject({ status: 'draft', revision: 2, validUntil: null });
      const relined = await f.as('rep', 'PUT', lines(quote.id), {
        lines: [{ productId: product.id, quantity: 3 }],
      });
      expect(relined.statusCode, relined.body).toBe(200);
      expect((await act('rep', quote.id, 'send')).json().revision).toBe(2);
      const revisions = (await f.as('rep', 'GET', `/quotes/${quote.id}/revisions`)).json().items;
      expect(revisions.map((r: { revision: number; total: string }) => [r.revision, r.total])).toEqual([
        [1, '29420.00'],
        [2, '33900.00'],
      ]);
      const first = (await f.as('rep', 'GET', `/quotes/${quote.id}/revisions/1`)).json();
      expect(first.snapshot.lines).toHaveLength(2);
      expect(first.snapshot.account.name).toBe('杭州西湖精密机械股份有限公司');
      expect((await f.as('rep', 'GET', `/quotes/${quote.id}/revisions/9`)).statusCode).toBe(404);

      const pdf = await f.as('rep', 'GET', `/quotes/${quote.id}/revisions/1/pdf`, undefined, 'zh-CN');
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.headers['x-lodestar-pdf-cache']).toBe('miss');
      expect(pdf.headers['content-disposition']).toContain(
        `filename*=UTF-8''${encodeURIComponent(`报价单-${quote.number}-v1.pdf`)}`,
      );
      const text = pdfText(pdf.rawPayload);
      expect(text).toContain('杭州西湖精密机械股份有限公司');
      expect(text).toContain('上海领航软件有限公司');
      expect(text).toContain('贰万玖仟肆佰贰拾元整');
      expect(text).toContain('2099-12-31');
      const again = await f.as('rep', 'GET', `/quotes/${quote.id}/revisions/1/pdf`, undefined, 'zh-CN');
      expect(again.headers['x-lodestar-pdf-cache']).toBe('hit');
      expect(again.rawPayload.equals(pdf.rawPayload)).toBe(true);
      const current = await f.as('rep', 'GET', `/quotes/${quote.id}/pdf`, undefined, 'en');
      expect(current.headers['content-disposition']).toContain(
        encodeURIComponent(`Quote-${quote.number}-v2.pdf`),
      );
      const english = pdfText(current.rawPayload);
      expect(english).toContain('Quotation');
      expect(english).toContain('叁万叁仟玖佰元整');
      // Another rep reads neither the quote, its revisions nor its PDF.
      expect((await f.as('rep2', 'GET', `/quotes/${quote.id}/revisions`)).statusCode).toBe(404);
      expect((await f.as('rep2', 'GET', `/quotes/${quote.id}/pdf`)).statusCode).toBe(404);
      expect((await f.as('rep2', 'GET', lines(quote.id))).statusCode).toBe(404);
      expect((await f.as('rep2', 'PUT', lines(quote.id), { lines: [] })).statusCode).toBe(404);
      expect((await act('rep2', quote.id, 'revise')).statusCode).toBe(404);
      expect((await f.as('manager', 'GET', `/quotes/${quote.id}/revisions`)).statusCode).toBe(200);
    });

    it('previews a draft as a PDF without caching it, and refuses to send a quote without lines', async () => {
      const quote = await f.create('rep', 'quote', { name: '空白报价', account: account.id });
      expect(quote).toMatchObject({ status: 'draft', revision: 1 });
      expect((await act('rep', quote.id, 'send')).json().code).toBe('quote.no_lines');
      const preview = await f.as('rep', 'GET', `/quotes/${quote.id}/pdf`);
      expect(preview.statusCode).toBe(200);
      expect(preview.headers['x-lodestar-pdf-cache']).toBe('miss');
      expect(await f.t.rowCount('quote_revisions')).toBeGreaterThan(0);
      const before = await f.t.rowCount('quote_revision_pdfs');
      await f.as('rep', 'GET', `/quotes/${quote.id}/pdf`);
      expect(await f.t.rowCount('quote_revision_pdfs')).toBe(before);
      expect((await act('rep', quote.id, 'approve')).statusCode).toBe(403);
      expect((await act('rep', quote.id, 'nonsense')).statusCode).toBe(404);
      expect((await act('rep', quote.id, 'send', 'x')).statusCode).toBe(400);
    });

    it('expires sent quotes past their validity once a day, and tells the owner', async () => {
      const { quote } = await quoteFromOpportunity('5');
      const patched = await f.as('rep', 'PATCH', `/objects/quote/records/${quote.id}`, {
        version: quote.version,
        quoteDate: '2020-01-01',
        validUntil: '2020-01-31',
      });
      expect(patched.json(), patched.body).toMatchObject({
        quoteDate: '2020-01-01',
        validUntil: '2020-01-31',
      });
      const sent = await act('rep', quote.id, 'send');
      expect(sent.json(), sent.body).toMatchObject({ status: 'sent', validUntil: '2020-01-31' });
      expect(await expireQuotes(f.t.database, new Date('2020-01-31T10:00:00Z'))).toBe(0);
      expect(await expireQuotes(f.t.database, new Date('2020-02-01T10:00:00Z'))).toBeGreaterThanOrEqual(1);
      expect((await f.as('rep', 'GET', `/objects/quote/records/${quote.id}`)).json().status).toBe('expired');
      expect(await expireQuotes(f.t.database, new Date('2020-02-01T10:00:00Z'))).toBe(0);
      const note = await f.t.database.db
        .selectFrom('notifications')
        .select('kind')
        .where('kind', '=', 'quote.expired')
        .execute();
      expect(note.length).toBeGreaterThanOrEqual(1);
      expect((await act('rep', quote.id, 'revise')).json()).toMatchObject({ status: 'draft', revision: 2 });
    });

    it('keeps the approval threshold as a company setting', async () => {
      expect((await f.as('rep', 'GET', '/quote-settings')).json()).toEqual({
        discountApprovalThreshold: '20',
        defaultValidityDays: 30,
      });
      expect(
        (await f.as('rep', 'PATCH', '/quote-settings', { discountApprovalThreshold: '30' })).statusCode,
      ).toBe(403);
      expect(
        (await f.as('admin', 'PATCH', '/quote-settings', { discountApprovalThreshold: '101' })).statusCode,
      ).toBe(400);
      expect(
        (await f.as('admin', 'PATCH', '/quote-settings', { discountApprovalThreshold: '30' })).json()
          .discountApprovalThreshold,
      ).toBe('30');
      const { quote } = await quoteFromOpportunity('25');
      expect((await f.as('rep', 'GET', `/quotes/${quote.id}/workflow`)).json()).toMatchObject({
        approvalRequired: false,
        actions: ['send'],
      });
      await f.as('admin', 'PATCH', '/quote-settings', { discountApprovalThreshold: '20' });
    });
  });
}
