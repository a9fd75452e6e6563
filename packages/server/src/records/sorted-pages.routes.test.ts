import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexedColumns as indexedColumnsOf } from '../../test/support/db-catalogue.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';
import { DIALECTS } from '../../test/support/test-database.ts';

/** Scores with ties and empty values, in creation order (ids 1…n). */
const SCORES = [5, null, 3, 5, null, 8, 3, 1, null, 5];

for (const dialect of DIALECTS) {
  describe(`sorted pages and field indexes (${dialect})`, () => {
    let t: TestApp;
    const call = (method: 'GET' | 'POST', url: string, payload?: object) =>
      t.app.inject({
        method,
        url: `/api/v1${url}`,
        headers: { cookie: t.adminCookie },
        ...(payload ? { payload } : {}),
      });
    const indexedColumns = (table: string) => indexedColumnsOf(t.database, table);
    /** Every page of `sort` with `limit`, following cursors; the titles in order. */
    const allPages = async (sort: string, limit: number) => {
      const titles: string[] = [];
      let cursor: string | null = null;
      for (let i = 0; i < 20; i++) {
        const query = `sort=${sort}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
        const res = await call('GET', `/objects/match/records?${query}`);
        expect(res.statusCode, res.body).toBe(200);
        titles.push(...res.json().data.map((r: { title: string }) => r.title));
        cursor = res.json().nextCursor;
        if (!cursor) return titles;
      }
      throw new Error('too many pages');
    };

    beforeAll(async () => {
      t = await createTestApp(dialect);
      expect(
        (await call('POST', '/objects', { apiName: 'match', label: { 'zh-CN': '比赛' } })).statusCode,
      ).toBe(201);
      for (const field of [
        { apiName: 'title', type: 'text', label: { 'zh-CN': '标题' } },
        { apiName: 'score', type: 'number', label: { 'zh-CN': '得分' } },
        { apiName: 'referee', type: 'user', label: { 'zh-CN': '裁判' } },
      ]) {
        const res = await call('POST', '/objects/match/fields', field);
        expect(res.statusCode, res.body).toBe(201);
      }
      for (const [i, score] of SCORES.entries()) {
        const res = await call('POST', '/objects/match/records', { title: `m${i + 1}`, score });
        expect(res.statusCode, res.body).toBe(201);
      }
    });
    afterAll(async () => t?.close());

    it('pages through a sort with ties and empty values in order, empty values last both ways', async () => {
      const byScore = (descending: boolean) =>
        SCORES.map((score, i) => ({ score, title: `m${i + 1}`, id: i + 1 }))
          .sort((a, b) => {
            if (a.score === null || b.score === null) {
              if (a.score === b.score) return a.id - b.id;
              return a.score === null ? 1 : -1;
            }
            return (descending ? b.score - a.score : a.score - b.score) || a.id - b.id;
          })
          .map((r) => r.title);
      for (const limit of [1, 2, 3, 50]) {
        expect(await allPages('-score', limit), `desc, ${limit}`).toEqual(byScore(true));
        expect(await allPages('score', limit), `asc, ${limit}`).toEqual(byScore(false));
      }
      // A second key orders within ties, and within the empty values too.
      const twoKeys = await allPages('score,-title', 2);
      expect(twoKeys).toEqual(['m8', 'm7', 'm3', 'm4', 'm10', 'm1', 'm6', 'm9', 'm5', 'm2']);
    });

    it('refuses a cursor of another sort (400)', async () => {
      const first = (await call('GET', '/objects/match/records?sort=-score&limit=2')).json();
      const res = await call('GET', `/objects/match/records?sort=score&limit=2&cursor=${first.nextCursor}`);
      expect(res.statusCode).toBe(400);
    });

    it('indexes user and lookup columns, and ordered ones alone and with the owner; not text', async () => {
      const match = await indexedColumns('obj_match');
      expect(match).toContainEqual(['cf_referee_id']);
      expect(match).toContainEqual(['cf_score']);
      expect(match).toContainEqual(['owner_id', 'cf_score']);
      expect(match.flat()).not.toContain('cf_title');
      const contact = await indexedColumns('obj_contact');
      expect(contact).toContainEqual(['account_id']);
      const opportunity = await indexedColumns('obj_opportunity');
      expect(opportunity).toContainEqual(['account_id']);
      expect(opportunity).toContainEqual(['owner_id', 'amount']);
    });
  });
}
