import type { StatusHistoryItem } from './contract.schemas.ts';
import type { ContractStatus } from './contract-status.ts';
import type { StatusHistoryRow } from './contract-status-history.repository.ts';
import type { ContractTransitions } from './contract-transitions.query.ts';

export function presentStatusHistory(row: StatusHistoryRow): StatusHistoryItem {
  return {
    id: Number(row.id),
    action: row.action,
    fromStatus: row.from_status as ContractStatus | null,
    toStatus: row.to_status as ContractStatus,
    actor:
      row.actor_user_id !== null && row.actor_name !== null
        ? { id: Number(row.actor_user_id), name: row.actor_name }
        : null,
    comment: row.comment,
    at: row.at,
  };
}

export function presentContractTransitions(transitions: ContractTransitions) {
  return {
    status: transitions.status as ContractStatus,
    actions: transitions.actions,
    history: transitions.history.map(presentStatusHistory),
  };
}
