import type { Database } from '../../db/database.ts';
import { takeWriteLock } from '../../db/locking.ts';
import { type AuditActor, diffChanges, recordAudit } from '../../platform/audit/record-audit.ts';
import { emitEvent } from '../../platform/events/emit-event.ts';
import type { LeadIntakeSettings } from './lead-form.schemas.ts';
import {
  LEAD_INTAKE_SETTINGS_KEY,
  readLeadIntakeSettings,
  writeLeadIntakeSettings,
} from './lead-intake-settings.repository.ts';

/** Merges a change into the intake settings; an actual change is audited with a `setting.updated` event. */
export async function updateLeadIntakeSettings(
  database: Database,
  actor: AuditActor,
  changes: Partial<LeadIntakeSettings>,
): Promise<LeadIntakeSettings> {
  return database.db.transaction().execute(async (trx) => {
    await takeWriteLock(trx, database.caps);
    const current = await readLeadIntakeSettings(trx);
    const next = { ...current, ...changes };
    const diff = diffChanges(current, next);
    if (Object.keys(diff).length === 0) return current;
    await writeLeadIntakeSettings(trx, next, actor.userId);
    await recordAudit(trx, actor, {
      action: 'update',
      entityType: 'setting',
      entityId: LEAD_INTAKE_SETTINGS_KEY,
      changes: diff,
    });
    await emitEvent(trx, {
      type: 'setting.updated',
      aggregateType: 'setting',
      aggregateId: LEAD_INTAKE_SETTINGS_KEY,
      payload: { key: LEAD_INTAKE_SETTINGS_KEY, changes: diff },
      actorUserId: actor.userId,
    });
    return next;
  });
}
