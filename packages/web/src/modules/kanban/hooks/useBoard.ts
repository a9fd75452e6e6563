import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { BOARD_QUERY_KEY, type BoardQuery, boardApi } from '../api/board.api.ts';

/** The kanban of a pipeline with the list's search and filter (the first page of each column). */
export function useBoard(pipelineId: number | undefined, query: BoardQuery) {
  return useQuery({
    queryKey: [...BOARD_QUERY_KEY, pipelineId, query],
    queryFn: () => boardApi.board(pipelineId!, query),
    enabled: pipelineId !== undefined,
    placeholderData: keepPreviousData,
  });
}
