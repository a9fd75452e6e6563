import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import type { Viewer } from '../../http/access.ts';
import type { JsonValue } from '../../metadata/field-types/index.ts';
import { now } from '../../platform/clock.ts';
import type { RecordContext } from '../../records/record-context.ts';
import { recordNotFound } from '../../records/record-scope.ts';
import { updateRecordIn } from '../../records/update-record.command.ts';
import { companyToday, systemContextIn } from './contexts-in.ts';
import { actionParams, statusParams } from './contract-error-params.ts';
import { CONTRACT_TRANSITIONS, type ContractStatus, type ContractTransitionName } from './contract-status.ts';
import { appendStatusHistory } from './contract-status-history.repository.ts';
import { runTransitionEffects } from './contract-transition-effects.ts';
import { asContractTransition } from './contract-transition-guard.ts';
import { checkTransitionGuards } from './contract-transition-guards.ts';
import { loadRecord, lockRecordRow } from './record-rows.ts';

export interface ContractTransitionRequest {
  contractId: number;
  transition: ContractTransitionName;
  /** Who the transition is attributed to: history, notifications, the record's change history. */
  actor: Viewer;
  /** The reason (required to reject or terminate) or a note. */
  comment?: string | null;
  /** sign: the signing date (YYYY-MM-DD); by default the one already entered, else today. */
  signDate?: string | null;
  /** supersede: the amendment that replaces the contract. */
  supersededBy?: number;
}

export interface ContractTransitionResult {
  contractId: number;
  from: ContractStatus;
  to: ContractStatus;
}

/**
 * The one writer of a contract's status. On the caller's transaction it locks the contract, checks that the
 * transition starts from the contract's status (409 otherwise) and its guards (422), writes the new status
 * with what goes with it (approver and time, signing date, superseding amendment) through the records API,
 * appends the status history and runs the effects (notifications, superseding).
 *
 * It does not decide who may ask: routes call `authorizeContractTransition` first, and the approval engine
 * will route approvals by its own rules and then call this with its decision — nothing here needs to change.
 * `base` is any records context the caller holds (built before the transaction opened).
 */
export async function applyContractTransition(
  trx: Transaction<DB>,
  base: RecordContext,
  request: ContractTransitionRequest,
): Promise<ContractTransitionResult> {
  const context = await systemContextIn(trx, base, 'contract', request.actor);
  await lockRecordRow(trx, context.object.tableName, request.contractId);
  const contract = await loadRecord(trx, context, request.contractId);
  if (!contract) throw recordNotFound();
  const rule = CONTRACT_TRANSITIONS[request.transition];
  const from = contract.values.status as ContractStatus;
  if (!rule.from.includes(from)) {
    throw new AppError(409, 'contract.invalid_transition', {
      ...statusParams(context, from),
      ...actionParams(request.transition),
    });
  }
  const comment = request.comment?.trim() || null;
  if (rule.reasonRequired && !comment) {
    throw new AppError(400, 'contract.reason_required', {}, [
      { field: 'comment', code: 'contract.reason_required' },
    ]);
  }
  await checkTransitionGuards(trx, context, contract, request.transition);

  const at = now().toISOString();
  const values: Record<string, JsonValue> = { status: rule.to };
  if (request.transition === 'approve') {
    values.approvedAt = at;
    values.approvedBy = request.actor.userId ?? null;
  }
  if (request.transition === 'sign') {
    values.signDate = request.signDate ?? contract.values.signDate ?? (await companyToday(trx));
  }
  if (request.transition === 'supersede' && request.supersededBy !== undefined) {
    values.supersededBy = request.supersededBy;
  }
  const written = await asContractTransition(trx, () =>
    updateRecordIn(trx, context, contract.id, contract.version, values, { managed: true }),
  );
  await appendStatusHistory(trx, {
    contractId: contract.id,
    action: request.transition,
    fromStatus: from,
    toStatus: rule.to,
    actorUserId: request.actor.userId ?? null,
    comment,
    at,
  });
  await runTransitionEffects(trx, context, {
    contract: { ...contract, version: written.version, values: { ...contract.values, ...values } },
    transition: request.transition,
    actor: request.actor,
    comment,
  });
  return { contractId: contract.id, from, to: rule.to };
}
