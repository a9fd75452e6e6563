import { describe, expect, it } from 'vitest';
import { responseStandingOf } from './response-standing.ts';

const DUE = '2026-12-08T01:05:00.000Z';
const at = (iso: string) => Date.parse(iso);

describe('a lead’s first-response standing', () => {
  it('counts down to the deadline, then counts how late it is', () => {
    const pending = { responseStatus: 'pending', responseDueAt: DUE, firstResponseAt: null };
    expect(responseStandingOf(pending, at('2026-12-08T01:02:30.000Z'))).toEqual({
      kind: 'dueIn',
      minutesLeft: 3,
      dueAt: DUE,
    });
    expect(responseStandingOf(pending, at('2026-12-08T01:07:10.000Z'))).toEqual({
      kind: 'overdue',
      minutesLate: 2,
      dueAt: DUE,
    });
    const breached = { ...pending, responseStatus: 'breached' };
    expect(responseStandingOf(breached, at('2026-12-08T01:06:00.000Z'))).toMatchObject({ kind: 'overdue' });
  });

  it('says how long the answer took, in time or late, and nothing for an untimed lead', () => {
    expect(
      responseStandingOf({ responseStatus: 'met', responseMinutes: 3, firstResponseAt: DUE }, 0),
    ).toEqual({ kind: 'met', minutes: 3 });
    expect(
      responseStandingOf({ responseStatus: 'breached', responseMinutes: 136, firstResponseAt: DUE }, 0),
    ).toEqual({ kind: 'late', minutes: 136 });
    expect(responseStandingOf({ responseStatus: null }, 0)).toBeNull();
  });
});
