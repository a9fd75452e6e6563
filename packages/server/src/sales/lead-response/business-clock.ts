import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { businessCalendar } from '../../platform/business-calendar/business-calendar.repository.ts';
import { type BusinessClock, businessClock } from '../../platform/business-calendar/business-time.ts';
import { readSettings } from '../../platform/settings/settings.repository.ts';

/** The company's business calendar in its time zone, read on the caller's connection or transaction. */
export async function companyBusinessClock(db: Kysely<DB> | Transaction<DB>): Promise<BusinessClock> {
  const [calendar, settings] = await Promise.all([businessCalendar.read(db), readSettings(db)]);
  return businessClock(calendar, settings.locale.timezone);
}
