import { api } from '../../../api/client.ts';
import type { StageKind } from '../../pipelines/api/pipelines.api.ts';
import { RECORDS_QUERY_KEY, type RecordData } from '../../records/api/records.api.ts';

export interface BoardStage {
  id: number;
  name: string;
  kind: StageKind;
  position: number;
  probability: number | null;
}

/** An opportunity on the board: name, account, amount, close date, owner (and `account.name`, `owner.name`). */
export type BoardCard = RecordData;

export interface BoardColumn {
  stage: BoardStage;
  /** Open opportunities in the stage the viewer may see, search and filter applied. */
  count: number;
  /** Their total amount (CNY, exact decimal string). */
  amount: string;
  cards: BoardCard[];
  nextCursor: string | null;
}

export interface Board {
  pipeline: { id: number; name: string };
  columns: BoardColumn[];
  /** Won and lost stages: where a card is dropped to close it. */
  closedStages: BoardStage[];
}

export interface BoardQuery {
  q?: string | undefined;
  filter?: string | undefined;
  limit?: number;
}

/**
 * Under the opportunities' records key: whatever reloads opportunities (an edit, saved lines, an accepted
 * quote setting the amount) reloads the board too, so a card never carries a version the server moved past.
 */
export const BOARD_QUERY_KEY = [...RECORDS_QUERY_KEY, 'opportunity', 'board'] as const;

export const boardApi = {
  board: (pipelineId: number, query: BoardQuery) =>
    api.get<Board>(`/pipelines/${pipelineId}/board`, { query: { ...query } }),
  column: (pipelineId: number, stageId: number, query: BoardQuery & { cursor: string }) =>
    api.get<{ cards: BoardCard[]; nextCursor: string | null }>(
      `/pipelines/${pipelineId}/board/stages/${stageId}`,
      {
        query: { ...query },
      },
    ),
};
