import { divideRounded, powerOfTen, type RoundingMode } from './rounding.ts';

/** The grammar of a decimal on the wire: JSON's number grammar without exponent, so `1e3` and `.5` are refused. */
const DECIMAL_TEXT = /^([+-]?)(0|[1-9][0-9]*)(?:\.([0-9]+))?$/;

/** Longer input is refused before it reaches BigInt, so a hostile payload cannot cost much. */
const MAX_TEXT_LENGTH = 64;

/** Something that can be read as a decimal: a `Decimal`, a decimal string, or an integer. */
export type DecimalInput = Decimal | string | bigint | number;

export interface ParseDecimalOptions {
  /** Refuse text with more fraction digits than this (e.g. 2 for CNY). */
  maxScale?: number;
}

/** Thrown when text is not a decimal accepted by `Decimal.parse`. */
export class DecimalFormatError extends Error {
  constructor(
    readonly input: string,
    reason: string,
  ) {
    super(`Not a decimal (${reason}): ${JSON.stringify(input.slice(0, MAX_TEXT_LENGTH))}`);
    this.name = 'DecimalFormatError';
  }
}

/**
 * An exact decimal number: an arbitrary-size integer count of `10^-scale` units. Immutable; every operation
 * returns a new value. Addition, subtraction and multiplication are exact; only `round`, `toFixed` and
 * `dividedBy` lose digits, and always by an explicit rounding mode.
 * @example Decimal.parse('1999.99').times(3).toString() === '5999.97'
 */
export class Decimal {
  private constructor(
    /** The value multiplied by `10^scale`. */
    readonly units: bigint,
    /** The number of fraction digits this value carries (trailing zeros included). */
    readonly scale: number,
  ) {}

  static readonly ZERO = new Decimal(0n, 0);
  static readonly ONE = new Decimal(1n, 0);

  /** The value `units × 10^-scale`. @example Decimal.fromUnits(123456n, 2).toString() === '1234.56' */
  static fromUnits(units: bigint, scale: number): Decimal {
    if (!Number.isSafeInteger(scale) || scale < 0) throw new RangeError(`Invalid scale: ${scale}`);
    return new Decimal(units, scale);
  }

  /**
   * Reads plain decimal text: optional sign, digits, optional `.` and fraction digits. No grouping commas,
   * exponents, leading zeros, spaces or currency signs (see `parseAmountInput` for text typed by people).
   * @example Decimal.parse('-0.50').toString() === '-0.50'
   */
  static parse(text: string, options: ParseDecimalOptions = {}): Decimal {
    const result = Decimal.tryParse(text, options);
    if (typeof result === 'string') throw new DecimalFormatError(text, result);
    return result;
  }

  /** Like `parse`, but returns `null` instead of throwing. */
  static parseOrNull(text: string, options: ParseDecimalOptions = {}): Decimal | null {
    const result = Decimal.tryParse(text, options);
    return typeof result === 'string' ? null : result;
  }

  private static tryParse(text: string, { maxScale }: ParseDecimalOptions): Decimal | string {
    if (typeof text !== 'string') return 'not a string';
    if (text.length > MAX_TEXT_LENGTH) return 'too long';
    const match = DECIMAL_TEXT.exec(text);
    if (!match) return 'malformed';
    const [, sign, whole, fraction = ''] = match;
    if (maxScale !== undefined && fraction.length > maxScale) return `more than ${maxScale} fraction digits`;
    const magnitude = BigInt(`${whole}${fraction}`);
    return new Decimal(sign === '-' ? -magnitude : magnitude, fraction.length);
  }

  /**
   * Any `DecimalInput` as a `Decimal`. Numbers must be safe integers: fractional JavaScript numbers are
   * refused because they are binary approximations (0.1 is not one tenth).
   */
  static from(value: DecimalInput): Decimal {
    if (value instanceof Decimal) return value;
    if (typeof value === 'bigint') return new Decimal(value, 0);
    if (typeof value === 'number') {
      if (!Number.isSafeInteger(value)) throw new RangeError(`Only safe integers convert exactly: ${value}`);
      return new Decimal(BigInt(value), 0);
    }
    return Decimal.parse(value);
  }

  /** The exact sum of the values (zero for none). */
  static sum(values: Iterable<DecimalInput>): Decimal {
    let total = Decimal.ZERO;
    for (const value of values) total = total.plus(value);
    return total;
  }

  /** The value expressed with `scale` fraction digits; `scale` must not drop digits (use `round`). */
  private rescaledTo(scale: number): bigint {
    return this.units * powerOfTen(scale - this.scale);
  }

  /** The exact sum. */
  plus(other: DecimalInput): Decimal {
    const that = Decimal.from(other);
    const scale = Math.max(this.scale, that.scale);
    return new Decimal(this.rescaledTo(scale) + that.rescaledTo(scale), scale);
  }

  /** The exact difference. */
  minus(other: DecimalInput): Decimal {
    return this.plus(Decimal.from(other).negated());
  }

  /** The exact product; its scale is the sum of both scales. */
  times(other: DecimalInput): Decimal {
    const that = Decimal.from(other);
    return new Decimal(this.units * that.units, this.scale + that.scale);
  }

  /** The quotient rounded to `scale` fraction digits by `mode` (half-up unless told). */
  dividedBy(other: DecimalInput, scale: number, mode: RoundingMode = 'half-up'): Decimal {
    const that = Decimal.from(other);
    if (that.units === 0n) throw new RangeError('Division by zero');
    // this / that = (a·10^-s1) / (b·10^-s2); the result in units of 10^-scale is a·10^(scale+s2-s1) / b.
    const shift = scale + that.scale - this.scale;
    const numerator = shift >= 0 ? this.units * powerOfTen(shift) : this.units;
    const denominator = shift >= 0 ? that.units : that.units * powerOfTen(-shift);
    return Decimal.fromUnits(divideRounded(numerator, denominator, mode), scale);
  }

  /** This value divided by 100, exactly: the fraction a percentage stands for. @example Decimal.parse('13').percent().toString() === '0.13' */
  percent(): Decimal {
    return new Decimal(this.units, this.scale + 2);
  }

  /** The value with its sign flipped. */
  negated(): Decimal {
    return new Decimal(-this.units, this.scale);
  }

  /** The absolute value. */
  abs(): Decimal {
    return this.units < 0n ? this.negated() : this;
  }

  /** -1, 0 or 1. */
  sign(): -1 | 0 | 1 {
    return this.units < 0n ? -1 : this.units > 0n ? 1 : 0;
  }

  isZero(): boolean {
    return this.units === 0n;
  }

  isNegative(): boolean {
    return this.units < 0n;
  }

  /** -1, 0 or 1 as this value is less than, equal to or greater than `other` (scale does not matter). */
  compare(other: DecimalInput): -1 | 0 | 1 {
    return this.minus(other).sign();
  }

  /** Whether both are the same number: `1.5` equals `1.50`. */
  equals(other: DecimalInput): boolean {
    return this.compare(other) === 0;
  }

  lessThan(other: DecimalInput): boolean {
    return this.compare(other) < 0;
  }

  greaterThan(other: DecimalInput): boolean {
    return this.compare(other) > 0;
  }

  /**
   * The value with exactly `scale` fraction digits: padded with zeros, or rounded by `mode` (half-up unless
   * told, i.e. 四舍五入 with ties away from zero).
   * @example Decimal.parse('-0.005').round(2).toString() === '-0.01'
   */
  round(scale: number, mode: RoundingMode = 'half-up'): Decimal {
    if (scale >= this.scale) return Decimal.fromUnits(this.rescaledTo(scale), scale);
    return Decimal.fromUnits(divideRounded(this.units, powerOfTen(this.scale - scale), mode), scale);
  }

  /** The same number with trailing fraction zeros removed: `1.500` → `1.5`, `2.00` → `2`. */
  stripTrailingZeros(): Decimal {
    let { units, scale } = this;
    while (scale > 0 && units % 10n === 0n) {
      units /= 10n;
      scale -= 1;
    }
    return new Decimal(units, scale);
  }

  /** The integer part, towards zero. */
  integerPart(): bigint {
    return this.units / powerOfTen(this.scale);
  }

  /** Plain text with all carried fraction digits: `-1234.50`. Never an exponent, never grouping. */
  toString(): string {
    const digits = (this.units < 0n ? -this.units : this.units).toString().padStart(this.scale + 1, '0');
    const sign = this.units < 0n ? '-' : '';
    if (this.scale === 0) return `${sign}${digits}`;
    return `${sign}${digits.slice(0, -this.scale)}.${digits.slice(-this.scale)}`;
  }

  /** Plain text with exactly `scale` fraction digits, rounded by `mode` (half-up unless told). */
  toFixed(scale: number, mode: RoundingMode = 'half-up'): string {
    return this.round(scale, mode).toString();
  }

  /** JSON carries decimals as strings so no client reads them into a binary float. */
  toJSON(): string {
    return this.toString();
  }
}

/** Shorthand for `Decimal.from`. @example decimal('0.1').plus('0.2').toString() === '0.3' */
export function decimal(value: DecimalInput): Decimal {
  return Decimal.from(value);
}
