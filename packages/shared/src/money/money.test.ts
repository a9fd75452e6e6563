import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cnyAmountSchema } from './cny-amount-schema.ts';
import { Decimal, DecimalFormatError } from './decimal.ts';
import { formatCny } from './format-cny.ts';
import { isCnyString, parseAmountInput, parseCny, toCnyString } from './money.ts';

describe('CNY amounts on the wire', () => {
  it('reads at most two fraction digits and holds them at scale 2', () => {
    expect(parseCny('1234.56').toString()).toBe('1234.56');
    expect(parseCny('-0.5').toString()).toBe('-0.50');
    expect(parseCny('100').toString()).toBe('100.00');
    expect(() => parseCny('0.001')).toThrow(DecimalFormatError);
    expect(() => parseCny('1,234.56')).toThrow(DecimalFormatError);
    expect(() => parseCny('1e3')).toThrow(DecimalFormatError);
  });

  it('tells valid amount strings apart', () => {
    expect(isCnyString('12.30')).toBe(true);
    expect(isCnyString('12.345')).toBe(false);
    expect(isCnyString('NaN')).toBe(false);
  });

  it('writes exactly two fraction digits, rounded half-up', () => {
    expect(toCnyString('1.005')).toBe('1.01');
    expect(toCnyString('-1.005')).toBe('-1.01');
    expect(toCnyString(7n)).toBe('7.00');
  });
});

describe('parseAmountInput', () => {
  it.each([
    ['1234.56', '1234.56'],
    [' 1,234.56 ', '1234.56'],
    ['¥1,234,567', '1234567'],
    ['￥ 88', '88'],
    ['CNY 10.5', '10.5'],
    ['１２３４．５', '1234.5'],
    ['１，２３４', '1234'],
    ['-¥1,000', '-1000'],
    ['－12', '-12'],
    ['007', '7'],
  ])('reads %j as %s', (text, value) => expect(parseAmountInput(text)?.toString()).toBe(value));

  it.each(['', '12,34', '1,2345', ',123', '1.2.3', '1e3', 'abc', '1.234', '¥', '-¥-5'])(
    'refuses %j',
    (text) => expect(parseAmountInput(text)).toBeNull(),
  );

  it('reads back every formatted amount', () => {
    const amounts = fc
      .bigInt({ min: -(10n ** 20n), max: 10n ** 20n })
      .map((fen) => Decimal.fromUnits(fen, 2));
    fc.assert(
      fc.property(amounts, fc.constantFrom('zh-CN' as const, 'en' as const), (amount, locale) => {
        const read = parseAmountInput(formatCny(amount, { locale }));
        expect(read?.equals(amount)).toBe(true);
        expect(parseCny(toCnyString(amount)).equals(amount)).toBe(true);
      }),
    );
  });
});

describe('cnyAmountSchema', () => {
  it.each(['0', '0.5', '1234.56', '-12.30', '9007199254740993.01'])('accepts %s', (text) => {
    expect(cnyAmountSchema.safeParse(text).success).toBe(true);
    expect(isCnyString(text)).toBe(true);
  });

  it.each(['', '1e3', '1,234.56', '0.001', '01', '.5', '5.', ' 1', 'NaN', '+1'])('refuses %j', (text) =>
    expect(cnyAmountSchema.safeParse(text).success).toBe(false),
  );

  it('refuses numbers, which would arrive as binary floats', () =>
    expect(cnyAmountSchema.safeParse(12.5).success).toBe(false));
});
