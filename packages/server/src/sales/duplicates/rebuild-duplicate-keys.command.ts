import type { Database } from '../../db/database.ts';
import { takeWriteLock } from '../../db/locking.ts';
import { metadataRegistryOf } from '../../metadata/metadata-registry.ts';
import { deleteKeysInRange, insertKeys, selectRecordBatch } from './duplicate-keys.repository.ts';
import { DEDUP_OBJECTS, type DedupObject, MATCH_FIELDS, recordMatchKeys } from './duplicate-objects.ts';

const BATCH_SIZE = 2_000;

/**
 * Rebuilds the match keys of every live account, contact and lead from their stored values, a batch of ids
 * per transaction (so writers wait for one batch at most). Behaviours keep the keys of records written
 * through the records API; this repairs records written around it — a bulk load in SQL, a restore from an
 * old backup. A record written while its batch is rebuilt may keep a stale key until the next run: a key
 * only proposes a candidate, which is read again (within the viewer's scope) before it is shown.
 * Returns the number of records indexed per object.
 */
export async function rebuildDuplicateKeys(
  database: Database,
  objects: readonly DedupObject[] = DEDUP_OBJECTS,
): Promise<Record<string, number>> {
  const snapshot = await metadataRegistryOf(database).snapshot();
  const indexed: Record<string, number> = {};
  for (const object of objects) {
    const meta = snapshot.object(object);
    if (!meta) continue;
    const columns = new Map(
      Object.values(MATCH_FIELDS[object]).map((field) => [
        field,
        meta.fields.find((f) => f.apiName === field)?.columnName,
      ]),
    );
    indexed[object] = 0;
    let afterId = 0;
    for (;;) {
      const done = await database.db.transaction().execute(async (trx) => {
        await takeWriteLock(trx, database.caps);
        const present = [...columns.values()].filter((column): column is string => column !== undefined);
        const rows = await selectRecordBatch(trx, meta.tableName, present, afterId, BATCH_SIZE);
        const throughId = rows.length < BATCH_SIZE ? Number.MAX_SAFE_INTEGER : Number(rows.at(-1)!.id);
        await deleteKeysInRange(trx, object, afterId, throughId);
        const keys = rows.flatMap((row) => {
          const values = Object.fromEntries(
            [...columns].map(([field, column]) => [field, column ? row[column] : null]),
          );
          return recordMatchKeys(object, values).map(({ kind, key }) => ({
            object,
            record_id: Number(row.id),
            kind,
            key,
          }));
        });
        await insertKeys(trx, keys);
        indexed[object]! += rows.length;
        afterId = throughId;
        return rows.length < BATCH_SIZE;
      });
      if (done) break;
    }
  }
  return indexed;
}
