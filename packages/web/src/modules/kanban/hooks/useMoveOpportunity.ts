import { useMutation, useQueryClient } from '@tanstack/react-query';
import { RECORDS_QUERY_KEY, recordsApi } from '../../records/api/records.api.ts';
import type { Board, BoardCard } from '../api/board.api.ts';
import { boardWithMove } from '../utils/move-card.ts';

export interface OpportunityMove {
  card: BoardCard;
  stageId: number;
  /** Required by the server when the stage is a lost one. */
  lossReason?: string;
  lossNote?: string;
}

/**
 * Moves an opportunity to a stage: PATCH of its `stage` at the version on the card, shown on the board at
 * once. Whatever the answer — done, refused (422), or changed by someone else meanwhile (409) — the board
 * is then reloaded from the server.
 */
export function useMoveOpportunity(boardKey: readonly unknown[]) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ card, stageId, lossReason, lossNote }: OpportunityMove) =>
      recordsApi.update('opportunity', card.id, card.version, {
        stage: stageId,
        ...(lossReason ? { lossReason } : {}),
        ...(lossNote ? { lossNote } : {}),
      }),
    onMutate: async ({ card, stageId }) => {
      await client.cancelQueries({ queryKey: boardKey });
      const before = client.getQueryData<Board>(boardKey);
      if (before) client.setQueryData(boardKey, boardWithMove(before, card, stageId));
      return { before };
    },
    onError: (_error, _move, context) => {
      if (context?.before) client.setQueryData(boardKey, context.before);
    },
    onSettled: async () => {
      // The board's key is under the opportunities' records key: one invalidation reloads both.
      await client.invalidateQueries({ queryKey: [...RECORDS_QUERY_KEY, 'opportunity'] });
    },
  });
}
