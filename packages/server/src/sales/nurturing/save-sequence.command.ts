import type { Database } from '../../db/database.ts';
import { conflict, invalidFields, notFound } from '../../errors.ts';
import { type AuditActor, recordAudit } from '../../platform/audit/record-audit.ts';
import { now } from '../../platform/clock.ts';
import {
  findSequence,
  insertSequence,
  replaceSteps,
  sequenceClashing,
  updateSequenceRow,
} from './sequence.repository.ts';
import type { SequenceInput, SequenceOutput } from './sequence.schemas.ts';
import { presentOne } from './sequences.query.ts';
import { stopNurturing } from './stop-nurturing.ts';
import './nurturing.messages.ts';

/**
 * Creates a sequence (`id` null) or replaces one's settings and steps. Every template, the pool and the
 * rule set must exist and the name and pool be the sequence's own (422 naming each field at fault, nothing
 * stored); a stale `version` is a 409. Switching a sequence off stops the leads it is nurturing. Enrolled
 * leads go on at their next step's position in the new list. Audited.
 */
export async function saveSequence(
  database: Database,
  actor: AuditActor,
  id: number | null,
  input: SequenceInput,
): Promise<SequenceOutput> {
  return database.transactWrite(async (trx) => {
    const before = id === null ? null : await findSequence(trx, id);
    if (id !== null && !before) throw notFound('nurturing.sequence_not_found');
    const problems: Array<{ field: string; code: string; params?: Record<string, unknown> }> = [];
    if (await sequenceClashing(trx, 'name', input.name, id))
      problems.push({ field: 'name', code: 'nurturing.name_taken' });
    if (input.enrolPoolId !== null) {
      const pool = await trx
        .selectFrom('lead_pools')
        .select('id')
        .where('id', '=', input.enrolPoolId)
        .executeTakeFirst();
      if (!pool)
        problems.push({
          field: 'enrolPoolId',
          code: 'nurturing.unknown_pool',
          params: { id: input.enrolPoolId },
        });
      else {
        const other = await sequenceClashing(trx, 'enrol_pool_id', input.enrolPoolId, id);
        if (other)
          problems.push({ field: 'enrolPoolId', code: 'nurturing.pool_taken', params: { name: other.name } });
      }
    }
    if (input.handBackRuleSetId !== null) {
      const set = await trx
        .selectFrom('lead_rule_sets')
        .select('id')
        .where('id', '=', input.handBackRuleSetId)
        .executeTakeFirst();
      if (!set)
        problems.push({
          field: 'handBackRuleSetId',
          code: 'nurturing.unknown_rule_set',
          params: { id: input.handBackRuleSetId },
        });
    }
    const templateIds = [...new Set(input.steps.map((step) => step.templateId))];
    const known = new Set(
      (await trx.selectFrom('email_templates').select('id').where('id', 'in', templateIds).execute()).map(
        (row) => Number(row.id),
      ),
    );
    input.steps.forEach((step, index) => {
      if (!known.has(step.templateId))
        problems.push({
          field: `steps.${index}.templateId`,
          code: 'nurturing.unknown_template',
          params: { id: step.templateId },
        });
    });
    if (problems.length > 0) throw invalidFields(problems);
    const at = now().toISOString();
    const values = {
      name: input.name,
      description: input.description,
      active: input.active,
      enrolPoolId: input.enrolPoolId,
      handBackRuleSetId: input.handBackRuleSetId,
    };
    let savedId = id;
    if (savedId === null) savedId = await insertSequence(trx, values, at);
    else if (!(await updateSequenceRow(trx, savedId, values, input.version, at)))
      throw conflict('common.stale_version');
    await replaceSteps(
      trx,
      savedId,
      input.steps.map((step) => ({
        templateId: step.templateId,
        delayHours: step.delayDays * 24 + step.delayHours,
      })),
    );
    if (before?.active && !input.active)
      await stopNurturing(trx, { sequenceId: savedId }, 'sequenceOff', actor.userId, at);
    await recordAudit(trx, actor, {
      action: id === null ? 'create' : 'update',
      entityType: 'nurtureSequence',
      entityId: savedId,
      changes: {
        name: [before?.name ?? null, input.name],
        active: [before?.active ?? null, input.active],
        steps: [before?.steps.length ?? null, input.steps.length],
      },
    });
    return presentOne(trx, (await findSequence(trx, savedId))!);
  });
}
