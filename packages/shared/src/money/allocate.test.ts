import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateByWeights, allocateEvenly } from './allocate.ts';
import { Decimal } from './decimal.ts';

const texts = (parts: Decimal[]) => parts.map((part) => part.toString());

describe('allocateEvenly', () => {
  it('gives the leftover 分 to the first instalments', () => {
    expect(texts(allocateEvenly('100.00', 3))).toEqual(['33.34', '33.33', '33.33']);
    expect(texts(allocateEvenly('100.02', 3))).toEqual(['33.34', '33.34', '33.34']);
    expect(texts(allocateEvenly('0.05', 3))).toEqual(['0.02', '0.02', '0.01']);
    expect(texts(allocateEvenly('0.01', 3))).toEqual(['0.01', '0.00', '0.00']);
    expect(texts(allocateEvenly('5762.97', 12)).slice(0, 2)).toEqual(['480.25', '480.25']);
  });

  it('splits a negative amount as the negated split of its magnitude', () => {
    expect(texts(allocateEvenly('-100', 3))).toEqual(['-33.34', '-33.33', '-33.33']);
  });

  it('rounds the total half-up to the 分 first', () => {
    expect(texts(allocateEvenly('10.005', 2))).toEqual(['5.01', '5.00']);
  });

  it('refuses a count that is not a positive integer', () => {
    expect(() => allocateEvenly('1', 0)).toThrow(RangeError);
    expect(() => allocateEvenly('1', 1.5)).toThrow(RangeError);
  });
});

describe('allocateByWeights', () => {
  it('follows a 30/30/40 payment plan', () => {
    expect(texts(allocateByWeights('5762.97', ['30', '30', '40']))).toEqual([
      '1728.89',
      '1728.89',
      '2305.19',
    ]);
  });

  it('gives leftover 分 to the parts that lost most to truncation', () => {
    // 0.10 × 1/6 = 0.01666…, × 2/6 = 0.0333…, × 3/6 = 0.05: truncation loses 0.0066… and 0.0033…
    expect(texts(allocateByWeights('0.10', [1, 2, 3]))).toEqual(['0.02', '0.03', '0.05']);
  });

  it('allows zero weights but not negative or all-zero ones', () => {
    expect(texts(allocateByWeights('10', [0, 1]))).toEqual(['0.00', '10.00']);
    expect(() => allocateByWeights('10', [1, -1])).toThrow(RangeError);
    expect(() => allocateByWeights('10', [0, '0.00'])).toThrow(RangeError);
    expect(() => allocateByWeights('10', [])).toThrow(RangeError);
  });

  it('handles amounts beyond 2^53', () => {
    const parts = allocateByWeights('90071992547409930.01', [1, 1, 1]);
    expect(texts(parts)).toEqual(['30023997515803310.01', '30023997515803310.00', '30023997515803310.00']);
  });

  it('always sums to the total and never differs from the exact share by a 分 or more', () => {
    const totals = fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }).map((fen) => Decimal.fromUnits(fen, 2));
    const weights = fc
      .array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 24 })
      .filter((list) => list.some((weight) => weight > 0));
    fc.assert(
      fc.property(totals, weights, (total, weightList) => {
        const parts = allocateByWeights(total, weightList);
        expect(parts).toHaveLength(weightList.length);
        expect(Decimal.sum(parts).equals(total)).toBe(true);
        const weightSum = weightList.reduce((sum, weight) => sum + weight, 0);
        parts.forEach((part, index) => {
          const exact = total.times(weightList[index]!).dividedBy(weightSum, 10, 'down');
          expect(part.minus(exact).abs().lessThan('0.01')).toBe(true);
        });
      }),
    );
  });

  it('splits evenly so that parts sum to the total for any count', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.integer({ min: 1, max: 60 }),
        (fen, count) => {
          const total = Decimal.fromUnits(fen, 2);
          const parts = allocateEvenly(total, count);
          expect(Decimal.sum(parts).equals(total)).toBe(true);
          const sizes = parts.map((part) => part.abs());
          expect(sizes[0]!.minus(sizes.at(-1)!).compare('0.01')).toBeLessThanOrEqual(0);
        },
      ),
    );
  });
});
