import type { Action } from '@lodestar/shared';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { forbidden } from '../../errors.ts';
import type { RecordContext } from '../../records/record-context.ts';
import { recordNotFound, scopeWhere } from '../../records/record-scope.ts';
import { moneyOf } from '../payment/payment-records.ts';
import { CONTRACT_ACTIONS, CONTRACT_TRANSITIONS, type ContractAction } from './contract-status.ts';
import { lastSubmitter } from './contract-status-history.repository.ts';
import { loadRecord, type RecordSnapshot } from './record-rows.ts';

/** Whether the viewer holds `action` on contracts with a scope covering this one. */
async function inScopeFor(
  trx: Kysely<DB> | Transaction<DB>,
  context: RecordContext,
  contractId: number,
  action: Action,
): Promise<boolean> {
  if (!context.viewer.permissions.can('contract', action)) return false;
  return (await loadRecord(trx, context, contractId, scopeWhere(context, action, 'live'))) !== undefined;
}

/**
 * Who may ask for a transition (the rules of a person, not of the status machine): the transition's
 * permission on contracts within a data scope covering the contract — `update` to submit, withdraw, sign and
 * complete; `approve` to approve, reject and terminate — and nobody decides on a contract they submitted
 * themselves, administrators excepted (they may have to unblock a team with no other approver). A contract
 * outside the viewer's read scope is a 404, one they may only read a 403.
 */
export async function authorizeContractTransition(
  trx: Kysely<DB> | Transaction<DB>,
  context: RecordContext,
  contractId: number,
  action: ContractAction,
): Promise<RecordSnapshot> {
  const rule = CONTRACT_TRANSITIONS[action];
  const readable = await loadRecord(trx, context, contractId, scopeWhere(context, 'read', 'live'));
  if (!readable) throw recordNotFound();
  if (rule.permission && !(await inScopeFor(trx, context, contractId, rule.permission))) throw forbidden();
  const pending = rule.from.includes(readable.values.status as never);
  if (rule.notBySubmitter && pending && !context.viewer.permissions.isAdmin) {
    if ((await lastSubmitter(trx, contractId)) === context.viewer.userId) {
      throw forbidden('contract.submitter_cannot_decide');
    }
  }
  return readable;
}

/**
 * The transitions the viewer may ask for on this contract now (what the UI offers as buttons); `complete`
 * only once nothing is receivable.
 */
export async function availableContractActions(
  trx: Kysely<DB> | Transaction<DB>,
  context: RecordContext,
  contract: RecordSnapshot,
): Promise<ContractAction[]> {
  const scopes = new Map<Action, boolean>();
  const submitter = await lastSubmitter(trx, contract.id);
  const actions: ContractAction[] = [];
  for (const action of CONTRACT_ACTIONS) {
    const rule = CONTRACT_TRANSITIONS[action];
    if (!rule.from.includes(contract.values.status as never) || !rule.permission) continue;
    if (!scopes.has(rule.permission)) {
      scopes.set(rule.permission, await inScopeFor(trx, context, contract.id, rule.permission));
    }
    if (!scopes.get(rule.permission)) continue;
    if (rule.notBySubmitter && !context.viewer.permissions.isAdmin && submitter === context.viewer.userId)
      continue;
    // Completing needs the money in; offering it before would only lead to a refusal.
    if (action === 'complete' && moneyOf(contract.values.receivableAmount).greaterThan(0)) continue;
    actions.push(action);
  }
  return actions;
}
