import type { RecordData } from '../../records/api/records.api.ts';
import type { ContractAction, ContractStatus } from '../api/contracts.api.ts';

/** Key fields (L-4): read-only in the form from pending approval on (the server refuses them too). */
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

/** Tag colours of the contract statuses. */
export const CONTRACT_STATUS_COLORS: Record<ContractStatus, string> = {
  draft: 'default',
  pendingApproval: 'processing',
  approved: 'cyan',
  signed: 'green',
  completed: 'success',
  terminated: 'red',
};

/** Actions in the order their buttons appear; the main one of each status is primary. */
export const ACTION_ORDER: ContractAction[] = [
  'submit',
  'approve',
  'reject',
  'withdraw',
  'sign',
  'complete',
  'terminate',
];

export const PRIMARY_ACTIONS: ReadonlySet<ContractAction> = new Set([
  'submit',
  'approve',
  'sign',
  'complete',
]);
export const DANGEROUS_ACTIONS: ReadonlySet<ContractAction> = new Set(['reject', 'terminate']);
/** Actions that need a reason. */
export const REASON_ACTIONS: ReadonlySet<ContractAction> = new Set(['reject', 'terminate']);

export const statusOf = (record: RecordData) => (record.status ?? 'draft') as ContractStatus;

/** Fields the form shows read-only for this contract. */
export function contractLockedFields(record: RecordData): readonly string[] {
  return statusOf(record) === 'draft' ? [] : CONTRACT_KEY_FIELDS;
}

/** Whether fields can still be edited at all (notes, files… after approval). */
export function contractEditable(record: RecordData): boolean {
  return !['completed', 'terminated'].includes(statusOf(record));
}

/** Only drafts can be deleted. */
export function contractDeletable(record: RecordData): boolean {
  return statusOf(record) === 'draft';
}

/** Money is recorded against approved and signed contracts. */
export function contractCollecting(record: RecordData): boolean {
  return ['approved', 'signed'].includes(statusOf(record));
}
