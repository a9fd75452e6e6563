import type { Database } from '../../db/database.ts';
import { toBool } from '../../db/schema.ts';
import { notFound } from '../../errors.ts';
import { metadataRegistryOf } from '../../metadata/metadata-registry.ts';
import { type AuditActor, diffChanges, recordAudit } from '../../platform/audit/record-audit.ts';
import { now } from '../../platform/clock.ts';
import { todayIn } from '../../records/formulas/computed-field.ts';
import { leadTableOf } from '../lead/lead-table.ts';
import { presentAssignee } from './assignees.query.ts';
import { countOpenLeads } from './candidates.repository.ts';
import type { AssigneeInput, AssigneeOutput } from './lead-assignment.schemas.ts';

/**
 * Marks a user away (on leave, until a day or until marked back) or available, and sets their cap on open
 * leads; every rule passes over them while away or full. Audited.
 */
export async function updateAssignee(
  database: Database,
  actor: AuditActor,
  userId: number,
  input: AssigneeInput,
): Promise<AssigneeOutput> {
  const leads = leadTableOf(await metadataRegistryOf(database).snapshot());
  return database.transactWrite(async (trx) => {
    const user = await trx
      .selectFrom('users')
      .leftJoin('departments', 'departments.id', 'users.department_id')
      .select(['users.id', 'users.name', 'users.status', 'departments.name as department'])
      .where('users.id', '=', userId)
      .executeTakeFirst();
    if (!user) throw notFound('leadAssignment.user_not_found');
    const before = await trx
      .selectFrom('lead_assignees')
      .selectAll()
      .where('user_id', '=', userId)
      .executeTakeFirst();
    const values = {
      away: input.away,
      away_until: input.away ? input.awayUntil : null,
      max_open_leads: input.maxOpenLeads,
      updated_at: now().toISOString(),
      updated_by: actor.userId,
    };
    await trx
      .insertInto('lead_assignees')
      .values({ user_id: userId, ...values })
      .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
      .execute();
    const changes = diffChanges(
      before
        ? { away: toBool(before.away), awayUntil: before.away_until, maxOpenLeads: before.max_open_leads }
        : { away: false, awayUntil: null, maxOpenLeads: null },
      { away: values.away, awayUntil: values.away_until, maxOpenLeads: values.max_open_leads },
    );
    if (Object.keys(changes).length > 0)
      await recordAudit(trx, actor, {
        action: 'update',
        entityType: 'leadAssignee',
        entityId: userId,
        changes,
      });
    const loads = await countOpenLeads(trx, leads, [userId]);
    return presentAssignee(
      { ...user, away: values.away, away_until: values.away_until, max_open_leads: values.max_open_leads },
      loads.get(userId) ?? 0,
      todayIn(new Date(), leads.timeZone),
    );
  });
}
