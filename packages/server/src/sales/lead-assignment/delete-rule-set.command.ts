import type { Database } from '../../db/database.ts';
import { notFound } from '../../errors.ts';
import { type AuditActor, recordAudit } from '../../platform/audit/record-audit.ts';
import { emitEvent } from '../../platform/events/emit-event.ts';
import { deleteRuleSetRow, forgetAssignmentRuleSets, selectRuleSet } from './rule-set.repository.ts';

/** Deletes a rule set with its rules; the assignment log keeps the names of the rules it applied. */
export async function deleteRuleSet(database: Database, actor: AuditActor, id: number): Promise<void> {
  await database.transactWrite(async (trx) => {
    const before = await selectRuleSet(trx, id);
    if (!before || !(await deleteRuleSetRow(trx, id))) throw notFound('leadAssignment.rule_set_not_found');
    await recordAudit(trx, actor, {
      action: 'delete',
      entityType: 'leadRuleSet',
      entityId: id,
      changes: { name: [before.name, null] },
    });
    await emitEvent(trx, {
      type: 'leadRuleSet.deleted',
      aggregateType: 'leadRuleSet',
      aggregateId: id,
      actorUserId: actor.userId,
    });
  });
  forgetAssignmentRuleSets(database.db);
}
