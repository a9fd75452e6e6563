import { Decimal } from '@lodestar/shared';
import type { ForecastCell } from './forecast.repository.ts';

/** Exact sums of a forecast row: fen, and fen × basis points for the weighted amount. */
export interface ForecastSums {
  closedWon: bigint;
  weightedBasis: bigint;
  bestCase: bigint;
  commit: bigint;
  openCount: number;
  wonCount: number;
}

export const emptySums = (): ForecastSums => ({
  closedWon: 0n,
  weightedBasis: 0n,
  bestCase: 0n,
  commit: 0n,
  openCount: 0,
  wonCount: 0,
});

/**
 * Adds a cell to running sums. Closed won: the amounts of won opportunities; weighted: Σ amount ×
 * probability of the open ones; best case: their amount unweighted (everything still open but `omitted`);
 * commit: the open amount the owners marked `commit`.
 */
export function addCell(sums: ForecastSums, cell: ForecastCell): void {
  if (cell.status === 'won') {
    sums.closedWon += cell.amount;
    sums.wonCount += cell.count;
    return;
  }
  sums.weightedBasis += cell.weightedBasis;
  sums.bestCase += cell.amount;
  sums.commit += cell.commit;
  sums.openCount += cell.count;
}

/** Fen → yuan, exact. */
export const yuan = (fen: bigint) => Decimal.fromUnits(fen, 2).toString();

/**
 * The weighted amount in yuan, rounded half-up to the fen only at the end: fen × basis points carry four
 * more decimals (¥100,000.00 at 50 % → 10,000,000 × 5,000 → ¥50,000.00).
 */
export const weightedYuan = (basis: bigint) => Decimal.fromUnits(basis, 6).toFixed(2);

/** The API shape of sums. */
export function presentSums(sums: ForecastSums) {
  return {
    closedWon: yuan(sums.closedWon),
    weighted: weightedYuan(sums.weightedBasis),
    bestCase: yuan(sums.bestCase),
    commit: yuan(sums.commit),
    openCount: sums.openCount,
    wonCount: sums.wonCount,
  };
}
