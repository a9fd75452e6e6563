import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import type { JsonValue } from '../../metadata/field-types/index.ts';
import { now } from '../../platform/clock.ts';
import { type PendingWrite, registerRecordBehaviour } from '../../records/record-behaviour.ts';
import { selectLiveStage } from '../pipeline/pipeline.repository.ts';
import { hasFollowUp } from './follow-up-exists.repository.ts';
import { followUpRules } from './follow-up-rules.repository.ts';
import './follow-up-rules.messages.ts';

const DAY_MS = 24 * 3600 * 1000;
const CONVERTED = 'converted';
const toId = (value: JsonValue | undefined) => (value == null ? null : Number(value));

function followUpRequired(
  code: string,
  field: string,
  params: Record<string, unknown>,
  withinDays: number | null,
) {
  const key = withinDays === null ? code : `${code}_within`;
  const all = { ...params, days: withinDays };
  return new AppError(422, key, all, [{ field, code: key, params: all }]);
}

/** P-7: with the rule on, a lead is converted only once a follow-up (recent enough) names it. */
async function requireFollowUpBeforeConversion(write: PendingWrite): Promise<void> {
  if (write.kind !== 'update' || write.before?.status === CONVERTED || write.values.status !== CONVERTED)
    return;
  const rules = await followUpRules.read(write.trx);
  if (!rules.beforeConversion) return;
  const since = rules.withinDays === null ? null : new Date(now().getTime() - rules.withinDays * DAY_MS);
  if (await hasFollowUp(write.trx, 'lead', write.id!, since)) return;
  throw followUpRequired('followUp.required_before_conversion', 'status', {}, rules.withinDays);
}

/**
 * P-7: with the rule on, an opportunity moves forward out of an open stage (to a later open stage, or won)
 * only once a follow-up (recent enough) names it; `advanceFromStageIds` narrows the rule to those stages.
 * Moving back, sideways to another pipeline's first stage or to lost is never held up. Answers the refusal,
 * or null when the move may happen.
 */
export async function stageAdvanceRefusal(
  trx: Transaction<DB>,
  opportunityId: number,
  fromId: number | null,
  toStageId: number | null,
): Promise<AppError | null> {
  if (fromId === null || toStageId === null || fromId === toStageId) return null;
  const rules = await followUpRules.read(trx);
  if (!rules.beforeStageAdvance) return null;
  if (rules.advanceFromStageIds.length > 0 && !rules.advanceFromStageIds.includes(fromId)) return null;
  const [from, to] = await Promise.all([selectLiveStage(trx, fromId), selectLiveStage(trx, toStageId)]);
  if (!from || !to || from.kind !== 'open' || from.pipelineId !== to.pipelineId) return null;
  const forward = to.kind === 'won' || (to.kind === 'open' && to.position > from.position);
  if (!forward) return null;
  const since = rules.withinDays === null ? null : new Date(now().getTime() - rules.withinDays * DAY_MS);
  if (await hasFollowUp(trx, 'opportunity', opportunityId, since)) return null;
  return followUpRequired(
    'followUp.required_before_advance',
    'stage',
    { stage: from.name },
    rules.withinDays,
  );
}

async function requireFollowUpBeforeAdvance(write: PendingWrite): Promise<void> {
  if (write.kind !== 'update') return;
  const refusal = await stageAdvanceRefusal(
    write.trx,
    write.id!,
    toId(write.before?.stage),
    toId(write.values.stage),
  );
  if (refusal) throw refusal;
}

registerRecordBehaviour('lead', { beforeWrite: requireFollowUpBeforeConversion });
registerRecordBehaviour('opportunity', { beforeWrite: requireFollowUpBeforeAdvance });
