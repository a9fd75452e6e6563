import type { Database } from '../../db/database.ts';
import { takeWriteLock } from '../../db/locking.ts';
import { invalidFields } from '../../errors.ts';
import { type AuditActor, diffChanges, recordAudit } from '../audit/record-audit.ts';
import { emitEvent } from '../events/emit-event.ts';
import { announceMetadataChange } from '../events/metadata-version.ts';
import './settings.messages.ts';
import { readSettings, writeSetting } from './settings.repository.ts';
import { SETTING_KEYS, type Settings, type UpdateSettingsInput } from './settings.schemas.ts';
import { canonicalTimeZone } from './time-zone.ts';

export interface UpdateSettingsProps {
  actor: AuditActor;
  changes: UpdateSettingsInput;
}

/**
 * Merges a partial change into the company and locale settings and returns the result. Each key that
 * actually changes is written with an audit entry (old → new per field) and a `setting.updated` event in
 * the same transaction; an unknown time zone is a 422 and changes nothing.
 */
export async function updateSettings(
  database: Database,
  { actor, changes }: UpdateSettingsProps,
): Promise<Settings> {
  const patch: UpdateSettingsInput = { ...changes };
  if (changes.locale?.timezone !== undefined) {
    const timezone = canonicalTimeZone(changes.locale.timezone);
    if (!timezone) {
      throw invalidFields([
        {
          field: 'locale.timezone',
          code: 'setting.unknown_timezone',
          params: { timezone: changes.locale.timezone },
        },
      ]);
    }
    patch.locale = { ...changes.locale, timezone };
  }
  return database.db.transaction().execute(async (trx) => {
    await takeWriteLock(trx, database.caps);
    const current = await readSettings(trx);
    const next: Settings = { ...current };
    for (const key of SETTING_KEYS) {
      const part = patch[key];
      if (!part) continue;
      const merged = { ...current[key], ...part } as Settings[typeof key];
      const diff = diffChanges(current[key], merged);
      if (Object.keys(diff).length === 0) continue;
      (next as Record<string, unknown>)[key] = merged;
      await writeSetting(trx, key, merged, actor.userId);
      await recordAudit(trx, actor, {
        action: 'update',
        entityType: 'setting',
        entityId: key,
        changes: diff,
      });
      await emitEvent(trx, {
        type: 'setting.updated',
        aggregateType: 'setting',
        aggregateId: key,
        payload: { key, changes: diff },
        actorUserId: actor.userId,
      });
    }
    // Record queries read relative dates in the company's time zone, which instances keep with the metadata.
    if (next.locale.timezone !== current.locale.timezone) await announceMetadataChange(trx);
    return next;
  });
}
