import type { Locale } from '@lodestar/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import { now } from '../../platform/clock.ts';
import { findOptOut, insertOptOut, type OptOutSource } from '../email/opt-out.repository.ts';
import { insertTimelineEvent } from '../timeline/timeline-event.ts';
import { nurturedLeadTable } from './nurtured-leads.ts';
import { stopNurturing } from './stop-nurturing.ts';

// biome-ignore lint/suspicious/noExplicitAny: record tables are known only from metadata
const dynamic = (db: Kysely<DB>) => db as unknown as Kysely<any>;

/** A lead's name and address as the unsubscribe page needs them, and whether it opted out already. */
export async function unsubscribeStanding(
  database: Database,
  leadId: number,
): Promise<{ email: string | null; optedOut: boolean } | null> {
  const leads = await nurturedLeadTable(database);
  const row = (await dynamic(database.db)
    .selectFrom(leads.table)
    .select(`${leads.email} as email`)
    .where('id', '=', leadId)
    .executeTakeFirst()) as { email: string | null } | undefined;
  if (!row) return null;
  return { email: row.email || null, optedOut: (await findOptOut(database.db, leadId, row.email)) !== null };
}

/**
 * Records that a lead wants no more email (the unsubscribe link, or a mail client's one-click request): the
 * lead and its address are never emailed again — sequences stop, one-off sends are refused. The first
 * opt-out is kept; asking again changes nothing. On the lead's timeline, with its nurturing's stop.
 */
export async function unsubscribeLead(
  database: Database,
  props: { leadId: number; language: Locale; source: OptOutSource },
): Promise<void> {
  await database.transactWrite(async (trx) => {
    const leads = await nurturedLeadTable(database, trx);
    const row = (await dynamic(trx)
      .selectFrom(leads.table)
      .select(`${leads.email} as email`)
      .where('id', '=', props.leadId)
      .executeTakeFirst()) as { email: string | null } | undefined;
    if (!row) return;
    const at = now().toISOString();
    const email = row.email || null;
    if (!(await insertOptOut(trx, { ...props, email, at }))) return;
    await insertTimelineEvent(trx, {
      object: 'lead',
      id: props.leadId,
      title: email,
      code: 'email.unsubscribed',
      params: { email, source: props.source },
      actorUserId: null,
      at,
    });
    await stopNurturing(trx, { leadId: props.leadId }, 'unsubscribed', null, at);
  });
}
