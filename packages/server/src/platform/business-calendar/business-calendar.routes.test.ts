import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PASSWORD, insertUser } from '../../../test/support/org-fixtures.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';

for (const dialect of DIALECTS) {
  describe(`business calendar settings (${dialect})`, () => {
    let t: TestApp;
    let repCookie: string;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      await insertUser(t.database.db, { username: 'rep', roles: ['salesRep'] });
      repCookie = await t.login('rep', FIXTURE_PASSWORD);
    });
    afterAll(async () => t?.close());

    it('starts with a Monday-to-Friday day and the public holidays of mainland China', async () => {
      const res = await t.call(repCookie, 'GET', '/business-calendar');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        weekdays: [1, 2, 3, 4, 5],
        hours: [
          { start: '09:00', end: '12:00' },
          { start: '13:00', end: '18:00' },
        ],
      });
      expect(res.json().holidays).toContainEqual({ date: '2026-10-01', name: '国庆节' });
      expect(res.json().workdays).toContainEqual({ date: '2026-02-28', name: '春节调休上班' });
    });

    it('lets settings admins change it, audited, and refuses bad calendars changing nothing', async () => {
      expect((await t.call(repCookie, 'PATCH', '/business-calendar', { weekdays: [1] })).statusCode).toBe(
        403,
      );
      for (const bad of [
        { hours: [{ start: '18:00', end: '09:00' }] },
        {
          hours: [
            { start: '09:00', end: '13:00' },
            { start: '12:00', end: '18:00' },
          ],
        },
        { hours: [] },
        { hours: [{ start: '9:00', end: '18:00' }] },
        { weekdays: [0] },
        { holidays: [{ date: '2027-02-30', name: '不存在' }] },
        { holidays: [{ date: '2027-01-01', name: '' }] },
        { timeZone: 'UTC' },
      ]) {
        const res = await t.call(t.adminCookie, 'PATCH', '/business-calendar', bad);
        expect(res.statusCode, JSON.stringify(bad)).toBe(400);
      }
      expect((await t.call(t.adminCookie, 'GET', '/business-calendar')).json().weekdays).toEqual([
        1, 2, 3, 4, 5,
      ]);

      const saved = await t.call(t.adminCookie, 'PATCH', '/business-calendar', {
        weekdays: [1, 2, 3, 4, 5, 6],
        holidays: [{ date: '2027-01-01', name: '元旦' }],
      });
      expect(saved.statusCode, saved.body).toBe(200);
      expect(saved.json()).toMatchObject({
        weekdays: [1, 2, 3, 4, 5, 6],
        holidays: [{ date: '2027-01-01', name: '元旦' }],
      });
      expect(saved.json().workdays.length).toBeGreaterThan(0);
      const audit = await t.database.db
        .selectFrom('audit_log')
        .select('entity_id')
        .where('entity_id', '=', 'businessCalendar')
        .execute();
      expect(audit).toHaveLength(1);
    });
  });
}
