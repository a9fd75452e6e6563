import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { addBusinessTime } from '../../platform/business-calendar/business-time.ts';
import { companyBusinessClock } from '../../platform/business-calendar/company-business-clock.ts';

const HOUR_MS = 3_600_000;

/**
 * When a step `delayHours` after `at` is sent: that moment, or — at night, on a weekend or a holiday — the
 * next working moment of the company's business calendar, so nurturing email arrives while people work.
 * A calendar with no working time at all leaves the moment as it is.
 */
export async function sendMomentAfter(trx: Transaction<DB>, at: string, delayHours: number): Promise<string> {
  const due = new Date(new Date(at).getTime() + delayHours * HOUR_MS);
  const working = addBusinessTime(due, 0, await companyBusinessClock(trx));
  return (working ?? due).toISOString();
}
