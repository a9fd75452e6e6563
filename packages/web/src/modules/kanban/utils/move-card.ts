import { Decimal } from '@lodestar/shared';
import type { Board, BoardCard } from '../api/board.api.ts';

/**
 * The board as it will look once `card` is in `toStageId`: out of its column (count and amount down), into
 * the target column when it is an open one (count and amount up, at the top), gone when it closes.
 */
export function boardWithMove(board: Board, card: BoardCard, toStageId: number): Board {
  const amount = Decimal.from(typeof card.amount === 'string' ? card.amount : '0');
  return {
    ...board,
    columns: board.columns.map((column) => {
      if (column.cards.some((c) => c.id === card.id) && column.stage.id !== toStageId) {
        return {
          ...column,
          count: Math.max(0, column.count - 1),
          amount: Decimal.from(column.amount).minus(amount).toString(),
          cards: column.cards.filter((c) => c.id !== card.id),
        };
      }
      if (column.stage.id === toStageId && !column.cards.some((c) => c.id === card.id)) {
        return {
          ...column,
          count: column.count + 1,
          amount: Decimal.from(column.amount).plus(amount).toString(),
          cards: [{ ...card, stage: toStageId }, ...column.cards],
        };
      }
      return column;
    }),
  };
}
