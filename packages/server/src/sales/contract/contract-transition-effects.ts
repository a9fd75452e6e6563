import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Viewer } from '../../http/access.ts';
import { notify } from '../../platform/notifications/notify.ts';
import type { RecordContext } from '../../records/record-context.ts';
import {
  CONTRACT_APPROVED,
  CONTRACT_AWAITING_APPROVAL,
  CONTRACT_REJECTED,
} from './contract.notifications.ts';
import { contractApprovers } from './contract-approvers.ts';
import type { ContractTransitionName } from './contract-status.ts';
import { lastSubmitter } from './contract-status-history.repository.ts';
import type { RecordSnapshot } from './record-rows.ts';
import { supersedeOriginal } from './supersede-original.ts';
import { winSignedOpportunity } from './win-signed-opportunity.ts';

export interface CompletedTransition {
  contract: RecordSnapshot;
  transition: ContractTransitionName;
  actor: Viewer;
  comment: string | null;
}

/**
 * What follows a transition, on its transaction: approvers hear of a submitted contract; its owner and
 * submitter hear of the decision; an approved amendment supersedes its original; a signed contract wins
 * its opportunity.
 */
export async function runTransitionEffects(
  trx: Transaction<DB>,
  context: RecordContext,
  done: CompletedTransition,
): Promise<void> {
  const { contract, transition, actor } = done;
  const link = { object: 'contract', recordId: contract.id, actorUserId: actor.userId ?? null };
  const params = {
    name: String(contract.values.name ?? ''),
    number: String(contract.values.number ?? ''),
  };
  const exceptActor = (ids: Array<number | null>) =>
    ids.filter((id): id is number => id !== null && id !== actor.userId);

  if (transition === 'submit') {
    const approvers = await contractApprovers(trx, contract.ownerId, actor.userId);
    await notify(trx, { userIds: approvers, kind: CONTRACT_AWAITING_APPROVAL, params, ...link });
  }
  if (transition === 'approve' || transition === 'reject') {
    const submitter = await lastSubmitter(trx, contract.id);
    await notify(trx, {
      userIds: exceptActor([contract.ownerId, submitter]),
      kind: transition === 'approve' ? CONTRACT_APPROVED : CONTRACT_REJECTED,
      params: transition === 'reject' ? { ...params, reason: done.comment ?? '' } : params,
      ...link,
    });
  }
  if (transition === 'approve' && contract.values.amends != null) {
    await supersedeOriginal(trx, context, actor, contract);
  }
  if (transition === 'sign') await winSignedOpportunity(trx, context, actor, contract);
}
