/**
 * How a value that falls between two representable amounts is settled.
 * - `half-up`: ties go away from zero (四舍五入; 0.005 → 0.01, -0.005 → -0.01). Used for CNY amounts.
 * - `half-even`: ties go to the even neighbour (banker's rounding; 0.005 → 0.00, 0.015 → 0.02).
 * - `down`: towards zero (truncation).
 * - `up`: away from zero.
 */
export type RoundingMode = 'half-up' | 'half-even' | 'down' | 'up';

/** The quotient `numerator / denominator` of two integers, rounded to an integer by `mode`. */
export function divideRounded(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
  if (denominator === 0n) throw new RangeError('Division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = n / d;
  const remainder = n % d;
  const magnitude =
    remainder === 0n ? quotient : quotient + (roundsAway(quotient, remainder, d, mode) ? 1n : 0n);
  return negative ? -magnitude : magnitude;
}

function roundsAway(quotient: bigint, remainder: bigint, divisor: bigint, mode: RoundingMode): boolean {
  switch (mode) {
    case 'down':
      return false;
    case 'up':
      return true;
    case 'half-up':
      return remainder * 2n >= divisor;
    case 'half-even': {
      const twice = remainder * 2n;
      return twice > divisor || (twice === divisor && quotient % 2n === 1n);
    }
  }
}

/** 10 to the power `exponent` (a non-negative integer), as a bigint. */
export function powerOfTen(exponent: number): bigint {
  return 10n ** BigInt(exponent);
}
