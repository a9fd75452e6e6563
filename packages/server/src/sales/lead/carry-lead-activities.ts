import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { JsonValue } from '../../metadata/field-types/index.ts';
import type { RecordContext } from '../../records/record-context.ts';
import { updateRecordIn } from '../../records/update-record.command.ts';
import { systemContextIn } from '../contract/contexts-in.ts';
import { loadRecordsWhere } from '../contract/record-rows.ts';

/** The objects whose records are a lead's activities: what was done about it and what is to be done. */
const ACTIVITY_OBJECTS = ['followUp', 'task'] as const;

/** What a converted lead became: the records its activities are linked to. */
export interface ConversionTargets {
  account: number;
  contact: number | null;
  opportunity: number | null;
}

/**
 * Links the lead's follow-ups and tasks to the account, contact and opportunity it became (each link they
 * lack; one about another account is left alone), on the conversion's transaction, so the customer's timelines and 360° view show what happened
 * before the conversion — with its history, as the timeline carries a record's entries to a new anchor.
 * Written by the system for the viewer: the lead's activities may be a colleague's.
 */
export async function carryLeadActivities(
  trx: Transaction<DB>,
  base: RecordContext,
  leadId: number,
  targets: ConversionTargets,
): Promise<void> {
  for (const object of ACTIVITY_OBJECTS) {
    const context = await systemContextIn(trx, base, object);
    for (const activity of await loadRecordsWhere(trx, context, 'lead', leadId)) {
      // One already about another customer stays as it is.
      const account = activity.values.account;
      if (account != null && account !== targets.account) continue;
      const links: Record<string, JsonValue> = {};
      for (const [field, id] of Object.entries(targets)) {
        if (id !== null && activity.values[field] == null) links[field] = id;
      }
      if (Object.keys(links).length === 0) continue;
      await updateRecordIn(trx, context, activity.id, activity.version, links, { managed: true });
    }
  }
}
