import type { Database } from '../../db/database.ts';
import { AppError, conflict, invalidFields, notFound } from '../../errors.ts';
import type { Viewer } from '../../http/access.ts';
import { type AuditActor, recordAudit } from '../../platform/audit/record-audit.ts';
import { now } from '../../platform/clock.ts';
import { emitEvent } from '../../platform/events/emit-event.ts';
import { parseCondition } from '../../records/conditions/parse-condition.ts';
import { recordContext } from '../../records/record-context.ts';
import { SYSTEM_ACTOR } from '../payment/system-actor.ts';
import type { PoolInput, PoolOutput } from './lead-pool.schemas.ts';
import {
  insertPool,
  poolNameTaken,
  replacePoolMembers,
  selectPool,
  updatePoolRow,
} from './pool.repository.ts';
import { readPool } from './pools.query.ts';

/**
 * Creates a pool (`id` null) or replaces one's settings, recycle rules and members. A bad recycle condition
 * is a 400, unknown people or teams a 422, a name in use a 409; then nothing changes. Audited.
 */
export async function savePool(
  database: Database,
  viewer: Viewer,
  actor: AuditActor,
  id: number | null,
  input: PoolInput,
): Promise<PoolOutput> {
  const leadContext = await recordContext(database, 'lead', SYSTEM_ACTOR);
  let condition = null;
  if (input.recycleCondition !== null) {
    const parsed = parseCondition(input.recycleCondition, leadContext.conditionSchema, 'lead');
    if (!parsed.ok)
      throw new AppError(
        400,
        'leadPool.invalid_condition',
        {},
        parsed.problems.map((problem) => ({
          field: ['recycleCondition', problem.path].filter((part) => part !== '').join('.'),
          code: problem.code,
          params: problem.params,
        })),
      );
    condition = parsed.condition;
  }
  const savedId = await database.transactWrite(async (trx) => {
    const before = id === null ? null : await selectPool(trx, id);
    if (id !== null && !before) throw notFound('leadPool.not_found');
    if (await poolNameTaken(trx, input.name, id)) throw conflict('leadPool.name_taken');
    const problems: Array<{ field: string; code: string; params?: Record<string, unknown> }> = [];
    const userIds = [...new Set(input.members.map((member) => member.userId))];
    const users =
      userIds.length === 0
        ? new Set<number>()
        : new Set(
            (await trx.selectFrom('users').select('id').where('id', 'in', userIds).execute()).map((row) =>
              Number(row.id),
            ),
          );
    for (const [index, member] of input.members.entries())
      if (!users.has(member.userId))
        problems.push({
          field: `members.${index}.userId`,
          code: 'leadPool.unknown_user',
          params: { id: member.userId },
        });
    if (
      input.departmentId !== null &&
      !(await trx
        .selectFrom('departments')
        .select('id')
        .where('id', '=', input.departmentId)
        .executeTakeFirst())
    )
      problems.push({
        field: 'departmentId',
        code: 'leadPool.unknown_department',
        params: { id: input.departmentId },
      });
    if (problems.length > 0) throw invalidFields(problems);
    const at = now().toISOString();
    const values = {
      name: input.name,
      description: input.description,
      department_id: input.departmentId,
      region: input.region,
      position: input.position,
      daily_claim_limit: input.dailyClaimLimit,
      max_owned_leads: input.maxOwnedLeads,
      reclaim_cooldown_days: input.reclaimCooldownDays,
      no_follow_up_days: input.noFollowUpDays,
      not_converted_days: input.notConvertedDays,
      recycle_condition: condition === null ? null : JSON.stringify(condition),
      reminder_days: input.reminderDays,
    };
    const poolId = id ?? (await insertPool(trx, values, at));
    if (id !== null) await updatePoolRow(trx, id, values, at);
    const members = new Map(input.members.map((member) => [member.userId, member.isManager]));
    await replacePoolMembers(
      trx,
      poolId,
      [...members].map(([userId, isManager]) => ({ userId, isManager })),
    );
    await recordAudit(trx, actor, {
      action: before ? 'update' : 'create',
      entityType: 'leadPool',
      entityId: poolId,
      changes: {
        name: [before?.name ?? null, input.name],
        members: [before ? before.members.map((member) => member.userId) : null, [...members.keys()]],
        rules: [
          before ? [before.noFollowUpDays, before.notConvertedDays, before.recycleCondition !== null] : null,
          [input.noFollowUpDays, input.notConvertedDays, condition !== null],
        ],
      },
    });
    await emitEvent(trx, {
      type: 'leadPool.saved',
      aggregateType: 'leadPool',
      aggregateId: poolId,
      actorUserId: actor.userId,
    });
    return poolId;
  });
  return readPool(database, viewer, savedId);
}
