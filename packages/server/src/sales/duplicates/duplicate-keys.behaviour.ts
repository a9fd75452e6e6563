import { type CompletedWrite, registerRecordBehaviour } from '../../records/record-behaviour.ts';
import { deleteRecordKeys, replaceRecordKeys } from './duplicate-keys.repository.ts';
import { DEDUP_OBJECTS, type DedupObject, MATCH_FIELDS, recordMatchKeys } from './duplicate-objects.ts';

/**
 * Keeps the match keys of accounts, contacts and leads in step with every write, on the write's
 * transaction: a created or restored record gets its keys, a changed company name, phone or e-mail replaces
 * them, a deleted record (in the recycle bin) loses them.
 */
async function keepMatchKeys(write: CompletedWrite): Promise<void> {
  const object = write.context.object.apiName as DedupObject;
  if (write.kind === 'deleted') {
    await deleteRecordKeys(write.trx, object, [write.id]);
    return;
  }
  const keyFields = Object.values(MATCH_FIELDS[object]);
  if (write.kind === 'updated' && !write.changes.some((change) => keyFields.includes(change.field))) return;
  // A created record has no keys yet (its id is new; a deleted record's keys went with it).
  const fresh = write.kind === 'created';
  await replaceRecordKeys(write.trx, object, write.id, recordMatchKeys(object, write.after), fresh);
}

for (const object of DEDUP_OBJECTS) registerRecordBehaviour(object, { afterWrite: keepMatchKeys });
