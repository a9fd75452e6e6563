import type { Action } from '@lodestar/shared';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { presentRecord, type RecordOutput } from '../../records/record.presenter.ts';
import { selectRecord } from '../../records/record.repository.ts';
import type { RecordContext } from '../../records/record-context.ts';
import { scopeWhere } from '../../records/record-scope.ts';

/** A live lead as an email to it needs it. */
export interface LeadRecipient {
  id: number;
  name: string;
  email: string | null;
  ownerId: number | null;
  status: string | null;
  /** Its API values, the fields the context's viewer may see. */
  values: RecordOutput;
}

/** The live lead `leadId` within the context viewer's scope for `action`, or null. */
export async function loadLeadRecipient(
  db: Kysely<DB>,
  context: RecordContext,
  leadId: number,
  action: Action,
): Promise<LeadRecipient | null> {
  const row = await selectRecord(db, context.object.tableName, leadId, scopeWhere(context, action, 'live'));
  if (!row) return null;
  const values = presentRecord(context, row);
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
  return {
    id: values.id,
    name: text(values.name) ?? `#${values.id}`,
    email: text(values.email),
    ownerId: values.ownerId,
    status: text(values.status),
    values,
  };
}
