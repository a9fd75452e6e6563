import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, DecimalFormatError, decimal } from './decimal.ts';

describe('Decimal.parse', () => {
  it.each([
    ['0', '0'],
    ['1234.56', '1234.56'],
    ['-0.5', '-0.5'],
    ['+7', '7'],
    ['-0', '0'],
    ['1.50', '1.50'],
    ['0.001', '0.001'],
    ['123456789012345678901234567890.12', '123456789012345678901234567890.12'],
  ])('reads %s', (text, written) => expect(Decimal.parse(text).toString()).toBe(written));

  it.each([
    '',
    ' 1',
    '1 ',
    '1e3',
    '1E-2',
    'NaN',
    'Infinity',
    '.5',
    '5.',
    '01',
    '--1',
    '1,234.56',
    '¥1',
    '0x10',
    '１２',
    '1.2.3',
    '9'.repeat(65),
  ])('refuses %j', (text) => {
    expect(() => Decimal.parse(text)).toThrow(DecimalFormatError);
    expect(Decimal.parseOrNull(text)).toBeNull();
  });

  it('refuses more fraction digits than maxScale', () => {
    expect(Decimal.parse('1.23', { maxScale: 2 }).toString()).toBe('1.23');
    expect(() => Decimal.parse('1.234', { maxScale: 2 })).toThrow(DecimalFormatError);
    expect(() => Decimal.parse('1.230', { maxScale: 2 })).toThrow(DecimalFormatError);
  });

  it('refuses fractional numbers, which are binary approximations', () => {
    expect(() => Decimal.from(0.1)).toThrow(RangeError);
    expect(() => Decimal.from(Number.NaN)).toThrow(RangeError);
    expect(() => Decimal.from(2 ** 53)).toThrow(RangeError);
    expect(Decimal.from(42).toString()).toBe('42');
  });
});

describe('Decimal arithmetic', () => {
  it('adds exactly where floats do not', () => {
    expect(decimal('0.1').plus('0.2').toString()).toBe('0.3');
    expect(decimal('1.10').minus('0.2').toString()).toBe('0.90');
    expect(Decimal.sum(['0.1', '0.1', '0.1', '-0.3']).isZero()).toBe(true);
    expect(Decimal.sum([]).toString()).toBe('0');
  });

  it('multiplies exactly, carrying every fraction digit', () => {
    expect(decimal('1999.99').times(3).toString()).toBe('5999.97');
    expect(decimal('5999.97').times('0.85').toString()).toBe('5099.9745');
    expect(decimal('-1.5').times('-1.5').toString()).toBe('2.25');
  });

  it('keeps integers beyond 2^53 exact', () => {
    const big = decimal('9007199254740993.01');
    expect(big.plus('0.01').toString()).toBe('9007199254740993.02');
    expect(big.times(1000).toString()).toBe('9007199254740993010.00');
    expect(Decimal.sum([big, big, big]).toString()).toBe('27021597764222979.03');
  });

  it('turns a percentage into its fraction exactly', () => {
    expect(decimal('13').percent().toString()).toBe('0.13');
    expect(decimal('12.5').percent().toString()).toBe('0.125');
  });

  it('divides to a scale with an explicit rounding', () => {
    expect(decimal('10').dividedBy(3, 2).toString()).toBe('3.33');
    expect(decimal('20').dividedBy(3, 2).toString()).toBe('6.67');
    expect(decimal('-20').dividedBy(3, 2).toString()).toBe('-6.67');
    expect(decimal('1').dividedBy('0.08', 0).toString()).toBe('13');
    expect(decimal('0.125').dividedBy(1, 2, 'half-even').toString()).toBe('0.12');
    expect(() => decimal('1').dividedBy('0.00', 2)).toThrow(RangeError);
  });

  it('compares by value, not by scale', () => {
    expect(decimal('1.5').equals('1.50')).toBe(true);
    expect(decimal('-2').compare('1')).toBe(-1);
    expect(decimal('10.01').greaterThan('10.009')).toBe(true);
    expect(decimal('0.00').sign()).toBe(0);
  });
});

describe('Decimal.round', () => {
  it.each([
    ['0.005', '0.01'],
    ['-0.005', '-0.01'],
    ['0.004', '0.00'],
    ['-0.004', '0.00'],
    ['1.995', '2.00'],
    ['2.675', '2.68'], // a float would give 2.67: 2.675 is 2.67499999… in binary
    ['1.5', '1.50'],
    ['123', '123.00'],
    ['9999999999999999.995', '10000000000000000.00'],
  ])('rounds %s half-up to %s', (value, rounded) => expect(decimal(value).round(2).toString()).toBe(rounded));

  it.each([
    ['0.005', '0.00'],
    ['0.015', '0.02'],
    ['0.025', '0.02'],
    ['-0.015', '-0.02'],
    ['0.0051', '0.01'],
  ])('rounds %s half-even to %s', (value, rounded) =>
    expect(decimal(value).round(2, 'half-even').toString()).toBe(rounded),
  );

  it('truncates and rounds away on request', () => {
    expect(decimal('1.999').round(2, 'down').toString()).toBe('1.99');
    expect(decimal('-1.991').round(2, 'up').toString()).toBe('-2.00');
  });

  it('writes a fixed scale and drops trailing zeros on request', () => {
    expect(decimal('1.5').toFixed(2)).toBe('1.50');
    expect(decimal('1.500').stripTrailingZeros().toString()).toBe('1.5');
    expect(decimal('100.00').stripTrailingZeros().toString()).toBe('100');
    expect(JSON.stringify({ amount: decimal('3.10') })).toBe('{"amount":"3.10"}');
  });
});

describe('Decimal properties', () => {
  const decimals = fc
    .tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 8 }))
    .map(([units, scale]) => Decimal.fromUnits(units, scale));

  it('reads back what it writes', () => {
    fc.assert(
      fc.property(decimals, (value) => {
        const read = Decimal.parse(value.toString());
        expect(read.units).toBe(value.units);
        expect(read.scale).toBe(value.scale);
      }),
    );
  });

  it('subtracting undoes adding', () => {
    fc.assert(fc.property(decimals, decimals, (a, b) => a.plus(b).minus(b).equals(a)));
  });

  it('rounds to the nearest value, never more than half a unit away', () => {
    fc.assert(
      fc.property(decimals, (value) => {
        const error = value.minus(value.round(2)).abs();
        expect(error.compare('0.005')).toBeLessThanOrEqual(0);
      }),
    );
  });
});
