import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleIdByKey } from '../../../test/support/org-fixtures.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';
import { announceViewerChange } from '../../platform/auth/viewer-version.ts';
import {
  approveContract,
  type Caller,
  createSalesTeam,
  expectStatus,
  forceStatus,
  type SalesTeam,
} from '../contract/contract-test-kit.ts';

interface Chain {
  leadId: number;
  accountId: number;
  opportunityId: number;
  quoteId: number;
  contractId: number;
  contractNumber: string;
  paymentId: number;
  paymentNumber: string;
  planId: number;
}

for (const dialect of DIALECTS) {
  describe(`lineage from payment back to the lead (${dialect})`, () => {
    let t: TestApp;
    let team: SalesTeam;
    let chain: Chain;

    const lineage = (caller: Caller, object: string, id: number) =>
      caller.call('GET', `/lineage/${object}/${id}`);
    /** Sets a managed link behind the API, as lead conversion (another feature) does. */
    const link = (table: string, id: number, leadId: number) =>
      sql`update ${sql.table(table)} set lead_id = ${leadId} where id = ${id}`.execute(t.database.db);

    /** Lead → account → opportunity → accepted quote → signed contract → payment, the lead owned by `leadOwner`. */
    const buildChain = async (leadOwner: Caller): Promise<Chain> => {
      const rep = team.eastRep;
      const lead = expectStatus(
        await leadOwner.call('POST', '/objects/lead/records', {
          name: '刘建国',
          company: '苏州工业园区精密制造有限公司',
          source: 'exhibition',
          campaign: '2026 工博会',
          utmSource: 'ciif',
          utmMedium: 'booth',
          utmCampaign: 'ciif-2026',
        }),
        201,
      );
      const account = expectStatus(
        await rep.call('POST', '/objects/account/records', { name: '苏州工业园区精密制造有限公司' }),
        201,
      );
      const opportunity = expectStatus(
        await rep.call('POST', '/objects/opportunity/records', {
          name: '产线 MES 升级',
          account: account.id,
          amount: '80000.00',
        }),
        201,
      );
      await link('obj_account', account.id, lead.id);
      await link('obj_opportunity', opportunity.id, lead.id);
      const quote = expectStatus(
        await rep.call('POST', '/objects/quote/records', {
          name: 'MES 升级报价',
          opportunity: opportunity.id,
          account: account.id,
        }),
        201,
      );
      await forceStatus(t, 'obj_quote', quote.id, 'accepted');
      await sql`update obj_quote set total = ${8_000_000} where id = ${quote.id}`.execute(t.database.db);
      const contract = expectStatus(await rep.call('POST', `/quotes/${quote.id}/contract`, {}), 201);
      const plan = expectStatus(
        await rep.call('PUT', `/contracts/${contract.id}/payment-plan`, {
          instalments: [{ dueDate: '2027-06-30', amount: '80000.00' }],
        }),
        200,
      );
      await approveContract(rep, team.eastManager, contract.id);
      const payment = expectStatus(
        await rep.call('POST', `/contracts/${contract.id}/payments`, {
          amount: '20000.00',
          receivedOn: '2026-12-01',
        }),
        201,
      );
      return {
        leadId: lead.id,
        accountId: account.id,
        opportunityId: opportunity.id,
        quoteId: quote.id,
        contractId: contract.id,
        contractNumber: contract.number,
        paymentId: payment.id,
        paymentNumber: payment.number,
        planId: plan.instalments[0].id,
      };
    };

    beforeAll(async () => {
      t = await createTestApp(dialect);
      team = await createSalesTeam(t);
      chain = await buildChain(team.eastRep);
    });
    afterAll(async () => t?.close());

    it('leads from a payment through contract, quote, opportunity and account to the lead’s source', async () => {
      const { steps } = expectStatus(await lineage(team.eastRep, 'payment', chain.paymentId), 200);
      expect(steps).toEqual([
        {
          object: 'lead',
          hidden: false,
          id: chain.leadId,
          name: '刘建国',
          number: null,
          current: false,
          origin: {
            source: 'exhibition',
            campaign: '2026 工博会',
            utmSource: 'ciif',
            utmMedium: 'booth',
            utmCampaign: 'ciif-2026',
            utmTerm: null,
            utmContent: null,
          },
        },
        {
          object: 'account',
          hidden: false,
          id: chain.accountId,
          name: '苏州工业园区精密制造有限公司',
          number: null,
          current: false,
          origin: null,
        },
        {
          object: 'opportunity',
          hidden: false,
          id: chain.opportunityId,
          name: '产线 MES 升级',
          number: null,
          current: false,
          origin: null,
        },
        {
          object: 'quote',
          hidden: false,
          id: chain.quoteId,
          name: 'MES 升级报价',
          number: expect.stringMatching(/^BJ-/),
          current: false,
          origin: null,
        },
        {
          object: 'contract',
          hidden: false,
          id: chain.contractId,
          // Named after the deal, not the quote.
          name: '产线 MES 升级',
          number: chain.contractNumber,
          current: false,
          origin: null,
        },
        {
          object: 'payment',
          hidden: false,
          id: chain.paymentId,
          name: chain.paymentNumber,
          number: chain.paymentNumber,
          current: true,
          origin: null,
        },
      ]);
    });

    it('starts from every object of the chain', async () => {
      const objectsFrom = async (object: string, id: number) =>
        (
          expectStatus(await lineage(team.eastRep, object, id), 200).steps as Array<{
            object: string;
            current: boolean;
          }>
        ).map((step) => `${step.object}${step.current ? '*' : ''}`);
      expect(await objectsFrom('paymentPlan', chain.planId)).toEqual([
        'lead',
        'account',
        'opportunity',
        'quote',
        'contract',
        'paymentPlan*',
      ]);
      expect(await objectsFrom('contract', chain.contractId)).toEqual([
        'lead',
        'account',
        'opportunity',
        'quote',
        'contract*',
      ]);
      expect(await objectsFrom('quote', chain.quoteId)).toEqual(['lead', 'account', 'opportunity', 'quote*']);
      expect(await objectsFrom('opportunity', chain.opportunityId)).toEqual([
        'lead',
        'account',
        'opportunity*',
      ]);
      expect(await objectsFrom('account', chain.accountId)).toEqual(['lead', 'account*']);
    });

    it('shows a step the viewer may not read as hidden, without its id or values', async () => {
      const foreign = await buildChain(team.eastRep2);
      const { steps } = expectStatus(await lineage(team.eastRep, 'payment', foreign.paymentId), 200);
      expect(steps[0]).toEqual({
        object: 'lead',
        hidden: true,
        id: null,
        name: null,
        number: null,
        current: false,
        origin: null,
      });
      expect(steps.slice(1).every((step: { hidden: boolean }) => !step.hidden)).toBe(true);
      const manager = expectStatus(await lineage(team.eastManager, 'payment', foreign.paymentId), 200);
      expect(manager.steps[0]).toMatchObject({
        hidden: false,
        id: foreign.leadId,
        origin: { source: 'exhibition' },
      });
    });

    it('leaves out the lead fields hidden from the viewer', async () => {
      const repRole = await roleIdByKey(t.database.db, 'salesRep');
      await t.database.db
        .insertInto('role_field_permissions')
        .values([
          { role_id: repRole, object: 'lead', field: 'campaign', access: 'hidden' },
          { role_id: repRole, object: 'lead', field: 'utmSource', access: 'hidden' },
        ])
        .execute();
      await announceViewerChange(t.database.db);
      const rep = expectStatus(await lineage(team.eastRep, 'contract', chain.contractId), 200);
      expect(rep.steps[0].origin).toEqual({
        source: 'exhibition',
        campaign: null,
        utmSource: null,
        utmMedium: 'booth',
        utmCampaign: 'ciif-2026',
        utmTerm: null,
        utmContent: null,
      });
      const manager = expectStatus(await lineage(team.eastManager, 'contract', chain.contractId), 200);
      expect(manager.steps[0].origin).toMatchObject({ campaign: '2026 工博会', utmSource: 'ciif' });
      await t.database.db.deleteFrom('role_field_permissions').where('role_id', '=', repRole).execute();
      await announceViewerChange(t.database.db);
    });

    it('answers 404 to a viewer outside the record’s scope and 400 for other objects', async () => {
      expect(expectStatus(await lineage(team.westRep, 'payment', chain.paymentId), 404).code).toBe(
        'record.not_found',
      );
      expectStatus(await lineage(team.westManager, 'contract', chain.contractId), 404);
      expectStatus(await lineage(team.eastRep, 'payment', 999_999), 404);
      expectStatus(await lineage(team.admin, 'ticket', 1), 400);
      expectStatus(await lineage(team.eastRep, 'payment', 0), 400);
      expectStatus(
        await t.app.inject({ method: 'GET', url: `/api/v1/lineage/payment/${chain.paymentId}` }),
        401,
      );
    });
  });
}
