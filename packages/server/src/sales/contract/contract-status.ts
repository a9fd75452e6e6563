import type { Action } from '@lodestar/shared';

/** The statuses of a contract (L-4), as stored in its managed `status` field. */
export const CONTRACT_STATUSES = [
  'draft',
  'pendingApproval',
  'approved',
  'signed',
  'completed',
  'terminated',
] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

/** The transitions people ask for through the API (`POST /contracts/{id}/{action}`). */
export const CONTRACT_ACTIONS = [
  'submit',
  'withdraw',
  'approve',
  'reject',
  'sign',
  'complete',
  'terminate',
] as const;
export type ContractAction = (typeof CONTRACT_ACTIONS)[number];

/** Every transition, those the system makes on its own included (an approved amendment supersedes its original). */
export type ContractTransitionName = ContractAction | 'supersede';

export interface ContractTransitionRule {
  from: readonly ContractStatus[];
  to: ContractStatus;
  /**
   * The permission on `contract` a person needs, within the data scope covering the contract. The approval
   * engine that comes later decides who approves by its own routing and calls the transition directly.
   */
  permission: Action | null;
  /** The one who submitted the contract may not decide on it (administrators excepted). */
  notBySubmitter?: boolean;
  /** A comment (the reason) is required. */
  reasonRequired?: boolean;
}

/**
 * The contract status machine: draft → pendingApproval → approved → signed → completed; withdraw and reject
 * go back to draft; approved or signed contracts may be terminated. `supersede` is the system's: an approved
 * amendment ends its original.
 */
export const CONTRACT_TRANSITIONS: Record<ContractTransitionName, ContractTransitionRule> = {
  submit: { from: ['draft'], to: 'pendingApproval', permission: 'update' },
  withdraw: { from: ['pendingApproval'], to: 'draft', permission: 'update' },
  approve: { from: ['pendingApproval'], to: 'approved', permission: 'approve', notBySubmitter: true },
  reject: {
    from: ['pendingApproval'],
    to: 'draft',
    permission: 'approve',
    notBySubmitter: true,
    reasonRequired: true,
  },
  sign: { from: ['approved'], to: 'signed', permission: 'update' },
  complete: { from: ['signed'], to: 'completed', permission: 'update' },
  terminate: { from: ['approved', 'signed'], to: 'terminated', permission: 'approve', reasonRequired: true },
  supersede: { from: ['approved', 'signed'], to: 'terminated', permission: null },
};

/**
 * Key fields (L-4): refused in an update from pending approval on. Changing them after approval is an
 * amendment; while pending, a withdraw.
 */
export const CONTRACT_KEY_FIELDS = [
  'account',
  'partyA',
  'partyB',
  'amount',
  'signDate',
  'startDate',
  'endDate',
  'terms',
  'paymentTerms',
] as const;

/** Statuses under which money is collected: payments are recorded and due dates can pass. */
export const COLLECTING_STATUSES: readonly ContractStatus[] = ['approved', 'signed'];

/** Statuses whose key fields are locked. */
export function contractLocked(status: string | null): boolean {
  return status !== null && status !== 'draft';
}

/** Statuses an amendment can be made from. */
export const AMENDABLE_STATUSES: readonly ContractStatus[] = ['approved', 'signed'];

export function isContractAction(value: string): value is ContractAction {
  return (CONTRACT_ACTIONS as readonly string[]).includes(value);
}
