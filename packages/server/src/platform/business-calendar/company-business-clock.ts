import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { readSettings } from '../settings/settings.repository.ts';
import { businessCalendar } from './business-calendar.repository.ts';
import type { BusinessCalendar } from './business-calendar.schemas.ts';
import { type BusinessClock, businessClock } from './business-time.ts';

/** Clocks built per stored calendar (the same object while its row is unchanged) and time zone. */
const clocks = new WeakMap<BusinessCalendar, Map<string, BusinessClock>>();

/** The company's business calendar in its time zone, read on the caller's connection or transaction. */
export async function companyBusinessClock(db: Kysely<DB> | Transaction<DB>): Promise<BusinessClock> {
  const [calendar, settings] = await Promise.all([businessCalendar.read(db), readSettings(db)]);
  const timeZone = settings.locale.timezone;
  const byZone = clocks.get(calendar) ?? new Map<string, BusinessClock>();
  clocks.set(calendar, byZone);
  let clock = byZone.get(timeZone);
  if (!clock) {
    clock = businessClock(calendar, timeZone);
    byZone.set(timeZone, clock);
  }
  return clock;
}
