import type { Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import { takeWriteLock } from '../db/locking.ts';
import type { DB } from '../db/schema.ts';
import { type AuditActor, recordAudit } from '../platform/audit/record-audit.ts';
import { emitEvent } from '../platform/events/emit-event.ts';
import { metadataRegistryOf } from './metadata-registry.ts';
import { applySchemaActions } from './schema-sync/apply-schema-actions.ts';
import type { SchemaAction } from './schema-sync/schema-action.ts';

/** What a metadata change records besides its actions: the audit entry and the event payload. */
export interface MetadataChange {
  action: 'create' | 'update' | 'delete';
  entityType: 'object' | 'field';
  /** `expense` for an object, `expense.amount` for a field. */
  entityId: string;
  changes?: Record<string, [unknown, unknown]>;
}

/**
 * Runs one metadata change in one transaction: `plan` reads the current metadata on the transaction and
 * returns the actions and what to record; the actions are applied, audited and announced with a
 * `metadata.changed` event; after commit the in-process registry is invalidated.
 */
export async function changeMetadata<T>(
  database: Database,
  actor: AuditActor | null,
  plan: (trx: Transaction<DB>) => Promise<{
    actions: SchemaAction[];
    change: MetadataChange;
    result: (trx: Transaction<DB>) => Promise<T>;
  }>,
): Promise<T> {
  try {
    return await database.db.transaction().execute(async (trx) => {
      await takeWriteLock(trx, database.caps);
      const { actions, change, result } = await plan(trx);
      await applySchemaActions(trx, database.dialect, actions);
      if (actor) {
        await recordAudit(trx, actor, {
          action: change.action,
          entityType: change.entityType,
          entityId: change.entityId,
          changes: change.changes ?? null,
        });
      }
      await emitEvent(trx, {
        type: 'metadata.changed',
        aggregateType: change.entityType,
        aggregateId: change.entityId,
        payload: { action: change.action, actions: actions.map((a) => a.kind) },
        actorUserId: actor?.userId ?? null,
      });
      return result(trx);
    });
  } finally {
    metadataRegistryOf(database).invalidate();
  }
}
