import { describe, expect, it } from 'vitest';
import { addCell, emptySums, presentSums, weightedYuan } from './forecast-figures.ts';

/** fen × basis points of an amount in yuan at a probability in percent. */
const basis = (yuan: string, percent: number) =>
  BigInt(Math.round(Number(yuan) * 100)) * BigInt(percent * 100);

describe('forecast figures', () => {
  it('holds the article’s example: ¥100,000 at 方案呈现 (50 %) contributes ¥50,000', () => {
    expect(weightedYuan(basis('100000', 50))).toBe('50000.00');
  });

  it('sums exactly and rounds only the total, half-up to the fen', () => {
    const parts = [basis('100000.00', 50), basis('33333.33', 75), 3n * 5000n];
    // 50,000 + 24,999.9975 + 0.015 = 75,000.0125; rounding each first would give 75,000.02.
    expect(weightedYuan(parts.reduce((a, b) => a + b))).toBe('75000.01');
    expect(weightedYuan(1n * 5000n)).toBe('0.01');
    expect(weightedYuan(1n * 4999n)).toBe('0.00');
  });

  it('keeps won amounts apart from the open ones', () => {
    const sums = emptySums();
    const cell = { month: '2026-05', ownerId: 1, count: 2, amount: 150_000_00n, commit: 100_000_00n };
    addCell(sums, { ...cell, status: 'open', weightedBasis: basis('100000', 50) + basis('50000', 75) });
    addCell(sums, { ...cell, status: 'won', count: 1, amount: 60_000_00n, weightedBasis: 0n, commit: 0n });
    expect(presentSums(sums)).toEqual({
      closedWon: '60000.00',
      weighted: '87500.00',
      bestCase: '150000.00',
      commit: '100000.00',
      openCount: 2,
      wonCount: 1,
    });
  });
});
