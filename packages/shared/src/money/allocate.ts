import { Decimal, type DecimalInput } from './decimal.ts';
import { CNY_SCALE } from './money.ts';

/**
 * Splits `total` into `count` equal parts at `scale` (分 by default) that add up to exactly `total` (rounded
 * half-up to `scale` first). The leftover smallest units go one each to the first parts, so earlier
 * instalments are never smaller than later ones.
 * @example allocateEvenly('100.00', 3).map(String) → ['33.34', '33.33', '33.33']
 */
export function allocateEvenly(total: DecimalInput, count: number, scale = CNY_SCALE): Decimal[] {
  if (!Number.isSafeInteger(count) || count < 1) throw new RangeError(`Cannot split into ${count} parts`);
  return allocateByWeights(
    total,
    Array.from({ length: count }, () => 1n),
    scale,
  );
}

/**
 * Splits `total` into parts proportional to `weights` (e.g. payment-plan percentages `30, 30, 40`) at `scale`,
 * adding up to exactly `total` (rounded half-up to `scale` first). Each part is first truncated; the leftover
 * smallest units go one each to the parts that lost the most to truncation, earlier parts first on ties.
 * Weights must be non-negative and not all zero. A negative total gives the negated split of its magnitude.
 * @example allocateByWeights('1000.00', ['1', '1', '1']).map(String) → ['333.34', '333.33', '333.33']
 */
export function allocateByWeights(
  total: DecimalInput,
  weights: DecimalInput[],
  scale = CNY_SCALE,
): Decimal[] {
  if (weights.length === 0) throw new RangeError('Cannot split into no parts');
  const parsedWeights = weights.map((weight) => Decimal.from(weight));
  if (parsedWeights.some((weight) => weight.isNegative()))
    throw new RangeError('Weights must not be negative');
  const weightScale = Math.max(...parsedWeights.map((weight) => weight.scale));
  const weightUnits = parsedWeights.map((weight) => weight.round(weightScale).units);
  const weightSum = weightUnits.reduce((sum, weight) => sum + weight, 0n);
  if (weightSum === 0n) throw new RangeError('Weights must not all be zero');

  const rounded = Decimal.from(total).round(scale);
  const magnitude = rounded.units < 0n ? -rounded.units : rounded.units;
  const shares = weightUnits.map((weight) => ({
    units: (magnitude * weight) / weightSum,
    lost: (magnitude * weight) % weightSum,
  }));
  let leftover = magnitude - shares.reduce((sum, share) => sum + share.units, 0n);
  const byLoss = shares
    .map((share, index) => ({ index, lost: share.lost }))
    .sort((a, b) => (a.lost === b.lost ? a.index - b.index : a.lost > b.lost ? -1 : 1));
  // The leftover is below the number of parts, because each part lost less than one unit.
  for (const { index } of byLoss) {
    if (leftover === 0n) break;
    shares[index]!.units += 1n;
    leftover -= 1n;
  }
  const sign = rounded.units < 0n ? -1n : 1n;
  return shares.map((share) => Decimal.fromUnits(sign * share.units, scale));
}
