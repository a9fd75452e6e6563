import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';
import { DIALECTS } from '../../test/support/test-database.ts';
import { AppError } from '../errors.ts';
import { metadataRegistryOf } from '../metadata/metadata-registry.ts';
import { createRecordIn } from './create-record.command.ts';
import { type CompletedWrite, registerRecordBehaviour } from './record-behaviour.ts';
import { systemRecordContext } from './system-context.ts';

const label = (text: string) => ({ 'zh-CN': text, en: text });

/** What the test behaviour saw after each write, per test object. */
const seen = new Map<string, CompletedWrite['kind'][]>();

for (const dialect of DIALECTS) {
  const object = `gadget${dialect === 'sqlite' ? 'S' : 'P'}`;
  // A behaviour of the kind sales features register: refuses, derives, and reacts inside the transaction.
  registerRecordBehaviour(object, {
    async beforeWrite(write) {
      if (write.kind === 'delete' && write.values.locked === true)
        throw new AppError(409, 'common.concurrent_update');
      if (write.values.title === 'refuse') throw new AppError(422, 'common.invalid_fields');
      if (write.kind === 'create' || write.given.has('title'))
        write.set('summary', `${String(write.values.title).toUpperCase()} (${write.kind})`);
    },
    async afterWrite(write) {
      seen.set(object, [...(seen.get(object) ?? []), write.kind]);
      if (write.after.title === 'cascade') {
        // What a behaviour does: writes another object on the viewer's behalf, inside the same transaction,
        // even when the metadata snapshot must be read again (SQLite's one connection is held by the write).
        metadataRegistryOf(write.context.database).invalidate();
        const accounts = await systemRecordContext(
          write.context.database,
          'account',
          write.context.viewer,
          write.trx,
        );
        await createRecordIn(write.trx, accounts, { name: `来自 ${write.id}` });
      }
      if (write.after.title === 'fail after') throw new AppError(422, 'common.invalid_fields');
    },
  });

  describe(`record behaviours and managed fields (${dialect})`, () => {
    let t: TestApp;
    const admin = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
      t.call(t.adminCookie, method, url, payload);

    beforeAll(async () => {
      t = await createTestApp(dialect);
      expect((await admin('POST', '/objects', { apiName: object, label: label('小工具') })).statusCode).toBe(
        201,
      );
      for (const [apiName, type] of [
        ['title', 'text'],
        ['summary', 'text'],
        ['locked', 'boolean'],
      ] as const) {
        const res = await admin('POST', `/objects/${object}/fields`, {
          apiName,
          type,
          label: label(apiName),
        });
        expect(res.statusCode, res.body).toBe(201);
      }
    });
    afterAll(async () => t?.close());

    it('derives values before a create and an update, and sees every write after it', async () => {
      const created = await admin('POST', `/objects/${object}/records`, { title: 'abc' });
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json().summary).toBe('ABC (create)');
      const updated = await admin('PATCH', `/objects/${object}/records/${created.json().id}`, {
        version: 1,
        title: 'xyz',
      });
      expect(updated.json().summary).toBe('XYZ (update)');
      const history = await admin('GET', `/objects/${object}/records/${created.json().id}/history`);
      expect(history.json().items.map((item: { field: string }) => item.field)).toContain('summary');
      expect(seen.get(object)).toEqual(['created', 'updated']);
    });

    it('lets a behaviour write other objects in the same transaction, the metadata read through it', async () => {
      const created = await admin('POST', `/objects/${object}/records`, { title: 'cascade' });
      expect(created.statusCode, created.body).toBe(201);
      const accounts = await admin('GET', '/objects/account/records?q=来自');
      expect(accounts.json().data.map((a: { name: string }) => a.name)).toEqual([
        `来自 ${created.json().id}`,
      ]);
    });

    it('rolls back the whole write when a behaviour refuses it, before or after', async () => {
      const before = await t.rowCount(`obj_${object.replace(/[A-Z]/g, (l) => `_${l.toLowerCase()}`)}`);
      const events = await t.rowCount('outbox_events');
      expect((await admin('POST', `/objects/${object}/records`, { title: 'refuse' })).statusCode).toBe(422);
      expect((await admin('POST', `/objects/${object}/records`, { title: 'fail after' })).statusCode).toBe(
        422,
      );
      const locked = await admin('POST', `/objects/${object}/records`, { title: 'keep', locked: true });
      expect((await admin('DELETE', `/objects/${object}/records/${locked.json().id}`)).statusCode).toBe(409);
      expect(await t.rowCount(`obj_${object.replace(/[A-Z]/g, (l) => `_${l.toLowerCase()}`)}`)).toBe(
        before + 1,
      );
      expect(await t.rowCount('outbox_events')).toBe(events + 1);
    });

    it('refuses managed fields of built-in objects in request bodies, and shows them as managed', async () => {
      const account = await admin('POST', '/objects/account/records', { name: '华东电力' });
      const contract = await admin('POST', '/objects/contract/records', {
        name: '框架合同',
        account: account.json().id,
        status: 'approved',
        receivedAmount: '100.00',
      });
      expect(contract.statusCode).toBe(400);
      expect(contract.json().code).toBe('record.managed_field');
      expect(contract.json().errors.map((e: { field: string }) => e.field)).toEqual([
        'status',
        'receivedAmount',
      ]);
      expect(await t.rowCount('obj_contract')).toBe(0);
      const objects = (await admin('GET', '/objects')).json().items as Array<{
        apiName: string;
        fields: Array<{ apiName: string; managed: boolean }>;
      }>;
      const fields = objects.find((o) => o.apiName === 'contract')!.fields;
      expect(fields.find((f) => f.apiName === 'status')?.managed).toBe(true);
      expect(fields.find((f) => f.apiName === 'amount')?.managed).toBe(false);
    });
  });
}
