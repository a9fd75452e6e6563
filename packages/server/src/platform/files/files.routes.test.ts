import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PASSWORD, insertUser } from '../../../test/support/org-fixtures.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';

const label = (text: string) => ({ 'zh-CN': text, en: text });

/** A multipart body with one part `file`. */
function multipart(name: string, content: Buffer, mimeType: string, partName = 'file') {
  const boundary = '----lodestar-test-boundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${partName}"; filename="${name}"\r\n` +
      `Content-Type: ${mimeType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, content, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** Every file below `dir`. */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name);
}

for (const dialect of DIALECTS) {
  describe(`files and attachments (${dialect})`, () => {
    let t: TestApp;
    let dataDir: string;
    let repCookie: string;
    let otherRepCookie: string;
    const call = (cookie: string, method: InjectOptions['method'], url: string, payload?: unknown) =>
      t.call(cookie, method, url, payload);
    const upload = (cookie: string, url: string, name: string, content: Buffer, mimeType = 'text/plain') => {
      const body = multipart(name, content, mimeType);
      return t.app.inject({
        method: 'POST',
        url: `/api/v1${url}`,
        headers: { cookie, 'accept-language': 'en', ...body.headers },
        payload: body.payload,
      });
    };
    const fileRows = async () =>
      Number(
        (
          await t.database.db
            .selectFrom('files')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    beforeAll(async () => {
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestar-files-'));
      // A JSON body limit far below the upload limit: uploads are streamed, not parsed as a body.
      t = await createTestApp(dialect, { dataDir, maxUploadMb: 1, bodyLimit: 64 * 1024 });
      await insertUser(t.database.db, { username: 'file.rep', roles: ['salesRep'] });
      await insertUser(t.database.db, { username: 'file.rep2', roles: ['salesRep'] });
      repCookie = await t.login('file.rep', FIXTURE_PASSWORD);
      otherRepCookie = await t.login('file.rep2', FIXTURE_PASSWORD);
      const admin = (url: string, payload: unknown) => call(t.adminCookie, 'POST', url, payload);
      const field = await admin('/objects/account/fields', {
        apiName: 'receipts',
        type: 'attachment',
        label: label('发票'),
        options: { multiple: true, maxSizeMb: 0.01, accept: ['.pdf', '.png', 'application/pdf', 'image/*'] },
      });
      expect(field.statusCode, field.body).toBe(201);
    });
    afterAll(async () => {
      await t?.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });

    it('uploads, lists and downloads a record attachment with its Chinese name', async () => {
      const record = await call(t.adminCookie, 'POST', '/objects/account/records', { name: '差旅' });
      expect(record.statusCode, record.body).toBe(201);
      const id = record.json().id;
      const bytes = Buffer.from('发票内容 invoice bytes ✓');
      const uploaded = await upload(
        t.adminCookie,
        `/objects/account/records/${id}/attachments`,
        '报销单 2026.txt',
        bytes,
      );
      expect(uploaded.statusCode, uploaded.body).toBe(201);
      expect(uploaded.json()).toMatchObject({
        name: '报销单 2026.txt',
        size: bytes.length,
        mimeType: 'text/plain',
      });

      const list = await call(t.adminCookie, 'GET', `/objects/account/records/${id}/attachments`);
      expect(list.statusCode).toBe(200);
      expect(list.json().data).toEqual([
        expect.objectContaining({ id: uploaded.json().id, name: '报销单 2026.txt' }),
      ]);

      const download = await call(t.adminCookie, 'GET', `/files/${uploaded.json().id}`);
      expect(download.statusCode).toBe(200);
      expect(download.rawPayload.equals(bytes)).toBe(true);
      expect(download.headers['content-disposition']).toBe(
        `attachment; filename="___ 2026.txt"; filename*=UTF-8''${encodeURIComponent('报销单 2026.txt')}`,
      );
      expect(filesUnder(path.join(dataDir, 'files'))).toHaveLength(1);

      const large = Buffer.alloc(300 * 1024, 7);
      const big = await upload(
        t.adminCookie,
        `/objects/account/records/${id}/attachments`,
        'scan.bin',
        large,
      );
      expect(big.statusCode, big.body).toBe(201);
      expect((await call(t.adminCookie, 'GET', `/files/${big.json().id}`)).rawPayload.equals(large)).toBe(
        true,
      );
      expect(
        (await call(t.adminCookie, 'DELETE', `/objects/account/records/${id}/attachments/${big.json().id}`))
          .statusCode,
      ).toBe(204);

      const removed = await call(
        t.adminCookie,
        'DELETE',
        `/objects/account/records/${id}/attachments/${uploaded.json().id}`,
      );
      expect(removed.statusCode).toBe(204);
      expect(
        (await call(t.adminCookie, 'GET', `/objects/account/records/${id}/attachments`)).json().data,
      ).toEqual([]);
      expect((await call(t.adminCookie, 'GET', `/files/${uploaded.json().id}`)).statusCode).toBe(404);
    });

    it('refuses an oversized or wrongly typed upload: 400, no row, no bytes on disk', async () => {
      const rowsBefore = await fileRows();
      const filesBefore = filesUnder(path.join(dataDir, 'files')).length;
      const big = await upload(
        t.adminCookie,
        '/files',
        'big.bin',
        Buffer.alloc(1024 * 1024 + 10, 1),
        'application/octet-stream',
      );
      expect(big.statusCode, big.body).toBe(400);
      expect(big.json()).toMatchObject({
        code: 'file.too_large',
        errors: [{ field: 'file', code: 'file.too_large' }],
      });

      const overField = await upload(
        t.adminCookie,
        '/files?object=account&field=receipts',
        'scan.pdf',
        Buffer.alloc(20_000, 1),
        'application/pdf',
      );
      expect(overField.statusCode).toBe(400);
      expect(overField.json().code).toBe('file.too_large');

      for (const [name, mime] of [
        ['tool.exe', 'application/pdf'],
        ['scan.pdf', 'application/x-msdownload'],
      ] as const) {
        const wrong = await upload(
          t.adminCookie,
          '/files?object=account&field=receipts',
          name,
          Buffer.from('x'),
          mime,
        );
        expect(wrong.statusCode, name).toBe(400);
        expect(wrong.json()).toMatchObject({ code: 'file.type_not_allowed', errors: [{ field: 'file' }] });
      }
      const notAField = await upload(
        t.adminCookie,
        '/files?object=account&field=title',
        'a.pdf',
        Buffer.from('x'),
        'application/pdf',
      );
      expect(notAField.statusCode).toBe(400);
      const noFile = await call(t.adminCookie, 'POST', '/files', { file: 'x' });
      expect(noFile.statusCode).toBe(400);
      expect(await fileRows()).toBe(rowsBefore);
      expect(filesUnder(path.join(dataDir, 'files'))).toHaveLength(filesBefore);
    });

    it('an attachment field round-trips file descriptors; unknown or foreign file ids are refused', async () => {
      const pdf = await upload(
        repCookie,
        '/files?object=account&field=receipts',
        '发票.pdf',
        Buffer.from('%PDF-1.4 x'),
        'application/pdf',
      );
      expect(pdf.statusCode, pdf.body).toBe(201);
      const fileId = pdf.json().id;
      // Not attached yet: only its uploader may download it.
      expect((await call(repCookie, 'GET', `/files/${fileId}`)).statusCode).toBe(200);
      expect((await call(otherRepCookie, 'GET', `/files/${fileId}`)).statusCode).toBe(404);

      const foreign = await call(otherRepCookie, 'POST', '/objects/account/records', {
        name: 'x',
        receipts: [fileId],
      });
      expect(foreign.statusCode).toBe(422);
      expect(foreign.json().errors[0]).toMatchObject({ field: 'receipts', code: 'value.unknown_file' });
      const unknown = await call(repCookie, 'POST', '/objects/account/records', {
        name: 'x',
        receipts: [999999],
      });
      expect(unknown.statusCode).toBe(422);
      expect(unknown.json().errors[0]).toMatchObject({ field: 'receipts', code: 'value.unknown_file' });
      const malformed = await call(repCookie, 'POST', '/objects/account/records', {
        name: 'x',
        receipts: 'a',
      });
      expect(malformed.statusCode).toBe(400);

      const created = await call(repCookie, 'POST', '/objects/account/records', {
        name: '出差',
        receipts: [{ id: fileId }],
      });
      expect(created.statusCode, created.body).toBe(201);
      const descriptor = { id: fileId, name: '发票.pdf', size: 10, mimeType: 'application/pdf' };
      expect(created.json().receipts).toEqual([descriptor]);
      const list = await call(repCookie, 'GET', '/objects/account/records?sort=name');
      expect(list.json().data.find((r: { id: number }) => r.id === created.json().id).receipts).toEqual([
        descriptor,
      ]);

      // Already attached here: keeping it on update is fine; another record cannot take it.
      const kept = await call(repCookie, 'PATCH', `/objects/account/records/${created.json().id}`, {
        version: created.json().version,
        receipts: [fileId],
        name: '出差（改）',
      });
      expect(kept.statusCode, kept.body).toBe(200);
      expect(kept.json().receipts).toEqual([descriptor]);

      // An attachment field filters by presence only; its stored descriptors are not searchable.
      const filtered = async (condition: unknown) =>
        call(
          repCookie,
          'GET',
          `/objects/account/records?filter=${encodeURIComponent(JSON.stringify(condition))}`,
        );
      const withFiles = await filtered({ field: 'receipts', op: 'isNotEmpty' });
      expect(withFiles.statusCode, withFiles.body).toBe(200);
      expect(withFiles.json().data.map((r: { id: number }) => r.id)).toEqual([created.json().id]);
      const without = await filtered({ field: 'receipts', op: 'isEmpty' });
      expect(without.json().data.map((r: { id: number }) => r.id)).not.toContain(created.json().id);
      expect((await filtered({ field: 'receipts', op: 'contains', value: 'pdf' })).statusCode).toBe(400);
      const stolen = await call(repCookie, 'POST', '/objects/account/records', {
        name: 'y',
        receipts: [fileId],
      });
      expect(stolen.statusCode).toBe(422);

      // The other rep cannot read the record, so not its file either; the admin can.
      expect((await call(otherRepCookie, 'GET', `/files/${fileId}`)).statusCode).toBe(404);
      expect(
        (await call(otherRepCookie, 'GET', `/objects/account/records/${created.json().id}/attachments`))
          .statusCode,
      ).toBe(404);
      const asAdmin = await call(t.adminCookie, 'GET', `/files/${fileId}`);
      expect(asAdmin.statusCode).toBe(200);
      expect(asAdmin.body).toBe('%PDF-1.4 x');

      // Deleting the record keeps the file row (soft delete) but its download follows the record.
      expect(
        (await call(t.adminCookie, 'DELETE', `/objects/account/records/${created.json().id}`)).statusCode,
      ).toBe(204);
      expect((await call(repCookie, 'GET', `/files/${fileId}`)).statusCode).toBe(404);
      const row = await t.database.db
        .selectFrom('files')
        .selectAll()
        .where('id', '=', fileId)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ object: 'account', field: 'receipts', deleted_at: null });
    });
  });
}
