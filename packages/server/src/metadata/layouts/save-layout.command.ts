import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import { takeWriteLock } from '../../db/locking.ts';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { type AuditActor, recordAudit } from '../../platform/audit/record-audit.ts';
import { emitEvent } from '../../platform/events/emit-event.ts';
import type { ObjectMeta } from '../metadata-model.ts';
import { metadataRegistryOf } from '../metadata-registry.ts';
import { requireObject } from '../object-lookup.ts';
import { findLayoutSections, saveLayoutSections } from './layout.repository.ts';
import type { LayoutInput } from './layout.schemas.ts';
import type { LayoutSection } from './layout-model.ts';
import './layout.messages.ts';

type Problem = { field: string; code: string; params: Record<string, unknown> };

/** Per-field problems of a layout: unknown or repeated fields, repeated section keys, unknown roles. */
async function layoutProblems(
  trx: Transaction<DB>,
  object: ObjectMeta,
  input: LayoutInput,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  const fields = new Set(object.fields.map((field) => field.apiName));
  const placed = new Set<string>();
  const keys = new Set<string>();
  const roleIds = [...new Set(input.sections.flatMap((section) => section.roleIds ?? []))];
  const roles = roleIds.length
    ? await trx.selectFrom('roles').select('id').where('id', 'in', roleIds).execute()
    : [];
  const knownRoles = new Set(roles.map((role) => role.id));
  input.sections.forEach((section, s) => {
    if (keys.has(section.key)) {
      problems.push({
        field: `sections.${s}.key`,
        code: 'layout.duplicate_section',
        params: { key: section.key },
      });
    }
    keys.add(section.key);
    section.roleIds?.forEach((roleId, r) => {
      if (!knownRoles.has(roleId)) {
        problems.push({
          field: `sections.${s}.roleIds.${r}`,
          code: 'layout.unknown_role',
          params: { roleId },
        });
      }
    });
    section.fields.forEach((placement, f) => {
      const path = `sections.${s}.fields.${f}.field`;
      if (!fields.has(placement.field)) {
        problems.push({ field: path, code: 'layout.unknown_field', params: { field: placement.field } });
      } else if (placed.has(placement.field)) {
        problems.push({ field: path, code: 'layout.duplicate_field', params: { field: placement.field } });
      }
      placed.add(placement.field);
    });
  });
  return problems;
}

/**
 * Saves the record layout of an object after checking every field and role it names (400 with per-field
 * problems, nothing written, otherwise). Audited and announced as `metadata.changed` in the same transaction.
 */
export async function saveLayout(
  database: Database,
  actor: AuditActor,
  objectApiName: string,
  input: LayoutInput,
): Promise<{ object: ObjectMeta; sections: LayoutSection[] }> {
  try {
    return await database.db.transaction().execute(async (trx) => {
      await takeWriteLock(trx, database.caps);
      const object = await requireObject(trx, objectApiName);
      const problems = await layoutProblems(trx, object, input);
      if (problems.length) throw new AppError(400, 'common.validation_failed', {}, problems);
      const sections: LayoutSection[] = input.sections.map((section) => ({
        key: section.key,
        label: section.label,
        columns: section.columns,
        roleIds: section.roleIds ?? null,
        fields: section.fields.map((placement) => ({ field: placement.field, span: placement.span ?? 1 })),
      }));
      const before = await findLayoutSections(trx, object.id);
      await saveLayoutSections(trx, object.id, sections);
      await recordAudit(trx, actor, {
        action: before ? 'update' : 'create',
        entityType: 'layout',
        entityId: objectApiName,
        changes: { sections: [before ?? null, sections] },
      });
      await emitEvent(trx, {
        type: 'metadata.changed',
        aggregateType: 'layout',
        aggregateId: objectApiName,
        payload: { action: 'update', actions: [] },
        actorUserId: actor.userId,
      });
      return { object, sections };
    });
  } finally {
    metadataRegistryOf(database).invalidate();
  }
}
