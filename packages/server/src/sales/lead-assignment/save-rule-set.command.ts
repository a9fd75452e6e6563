import type { Database } from '../../db/database.ts';
import { conflict, notFound } from '../../errors.ts';
import { type AuditActor, recordAudit } from '../../platform/audit/record-audit.ts';
import { now } from '../../platform/clock.ts';
import { emitEvent } from '../../platform/events/emit-event.ts';
import { recordContext } from '../../records/record-context.ts';
import { SYSTEM_ACTOR } from '../payment/system-actor.ts';
import type { RuleSet } from './assignment-rule.ts';
import type { RuleSetInput } from './lead-assignment.schemas.ts';
import {
  clearOtherAssignOnCreate,
  forgetAssignmentRuleSets,
  insertRuleSet,
  replaceRules,
  ruleSetNameTaken,
  selectRuleSet,
  updateRuleSetHeader,
} from './rule-set.repository.ts';
import { checkRules } from './rule-set-input.ts';

/**
 * Creates a rule set (`id` null) or replaces one's header and ordered rules. Rules given with their id
 * keep their turns. Marking it to apply on create unmarks any other set. Audited, with a
 * `leadRuleSet.saved` event. Bad conditions are a 400, missing people, teams or pools a 422, a name in
 * use a 409; then nothing changes.
 */
export async function saveRuleSet(
  database: Database,
  actor: AuditActor,
  id: number | null,
  input: RuleSetInput,
): Promise<RuleSet> {
  const leadContext = await recordContext(database, 'lead', SYSTEM_ACTOR);
  const result = await database.transactWrite(async (trx) => {
    const before = id === null ? null : await selectRuleSet(trx, id);
    if (id !== null && !before) throw notFound('leadAssignment.rule_set_not_found');
    if (await ruleSetNameTaken(trx, input.name, id)) throw conflict('leadAssignment.name_taken');
    const rules = await checkRules(trx, leadContext, input);
    const at = now().toISOString();
    const header = {
      name: input.name,
      description: input.description,
      assignOnCreate: input.assignOnCreate,
      taskDueMinutes: input.taskDueMinutes,
      firstResponse: input.firstResponse,
    };
    let setId = id;
    if (setId === null) setId = await insertRuleSet(trx, header, at);
    else await updateRuleSetHeader(trx, setId, header, at);
    if (input.assignOnCreate) await clearOtherAssignOnCreate(trx, setId);
    await replaceRules(trx, setId, rules, at);
    const saved = (await selectRuleSet(trx, setId))!;
    await recordAudit(trx, actor, {
      action: before ? 'update' : 'create',
      entityType: 'leadRuleSet',
      entityId: setId,
      changes: {
        name: [before?.name ?? null, saved.name],
        assignOnCreate: [before?.assignOnCreate ?? null, saved.assignOnCreate],
        firstResponse: [before?.firstResponse ?? null, saved.firstResponse],
        rules: [before ? before.rules.map((rule) => rule.name) : null, saved.rules.map((rule) => rule.name)],
      },
    });
    await emitEvent(trx, {
      type: 'leadRuleSet.saved',
      aggregateType: 'leadRuleSet',
      aggregateId: setId,
      payload: { id: setId, rules: saved.rules.length },
      actorUserId: actor.userId,
    });
    return saved;
  });
  forgetAssignmentRuleSets(database.db);
  return result;
}
