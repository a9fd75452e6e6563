import type { Database } from '../../db/database.ts';
import { takeWriteLock } from '../../db/locking.ts';
import { type AuditActor, diffChanges, recordAudit } from '../../platform/audit/record-audit.ts';
import { emitEvent } from '../../platform/events/emit-event.ts';
import { QUOTE_SETTINGS_KEY, readQuoteSettings, writeQuoteSettings } from './quote-settings.repository.ts';
import type { QuoteSettings, UpdateQuoteSettingsInput } from './quote-settings.schemas.ts';

/** Merges a change into the quote rules; an actual change is audited with a `setting.updated` event. */
export async function updateQuoteSettings(
  database: Database,
  actor: AuditActor & { userId: number },
  changes: UpdateQuoteSettingsInput,
): Promise<QuoteSettings> {
  return database.db.transaction().execute(async (trx) => {
    await takeWriteLock(trx, database.caps);
    const current = await readQuoteSettings(trx);
    const next = { ...current, ...changes };
    const diff = diffChanges(current, next);
    if (Object.keys(diff).length === 0) return current;
    await writeQuoteSettings(trx, next, actor.userId);
    await recordAudit(trx, actor, {
      action: 'update',
      entityType: 'setting',
      entityId: QUOTE_SETTINGS_KEY,
      changes: diff,
    });
    await emitEvent(trx, {
      type: 'setting.updated',
      aggregateType: 'setting',
      aggregateId: QUOTE_SETTINGS_KEY,
      payload: { key: QUOTE_SETTINGS_KEY, changes: diff },
      actorUserId: actor.userId,
    });
    return next;
  });
}
