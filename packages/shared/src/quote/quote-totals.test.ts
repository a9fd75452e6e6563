import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../money/decimal.ts';
import {
  computeQuoteTotals,
  priceQuoteLine,
  type QuoteLineError,
  type QuoteLineInput,
} from './quote-totals.ts';

/** Half-up division of non-negative integers: the oracle works in plain scaled integers, not `Decimal`. */
const halfUp = (numerator: bigint, denominator: bigint) =>
  (numerator * 2n + denominator) / (denominator * 2n);

/** A line as scaled integers: quantity × 10^4, price in 分, percentages × 100. */
interface ScaledLine {
  quantity: bigint;
  priceFen: bigint;
  discount: bigint;
  tax: bigint;
}

const fixed = (value: bigint, scale: number) => Decimal.fromUnits(value, scale).toString();
const toInput = (line: ScaledLine): QuoteLineInput => ({
  quantity: fixed(line.quantity, 4),
  unitPrice: fixed(line.priceFen, 2),
  discountPercent: fixed(line.discount, 2),
  taxPercent: fixed(line.tax, 2),
});

/** The line in 分, computed independently with the documented rule. */
function expectedFen({ quantity, priceFen, discount, tax }: ScaledLine) {
  const list = halfUp(quantity * priceFen, 10_000n);
  const net = halfUp(quantity * priceFen * (10_000n - discount), 100_000_000n);
  const taxFen = halfUp(net * tax, 10_000n);
  return { list, discount: list - net, net, tax: taxFen, total: net + taxFen };
}

const fenOf = (amount: Decimal) => {
  expect(amount.scale).toBe(2);
  return amount.units;
};

const scaledLine = (maxPriceFen: bigint) =>
  fc.record({
    quantity: fc.bigInt({ min: 0n, max: 100_000_000n }),
    priceFen: fc.bigInt({ min: 0n, max: maxPriceFen }),
    discount: fc.bigInt({ min: 0n, max: 10_000n }),
    tax: fc.constantFrom(0n, 300n, 600n, 900n, 1300n, 1250n),
  });

describe('priceQuoteLine', () => {
  it('prices 3 × ¥1,999.99 with 15 % off and 13 % VAT, tax on the rounded net amount', () => {
    const amounts = priceQuoteLine({
      quantity: 3,
      unitPrice: '1999.99',
      discountPercent: 15,
      taxPercent: 13,
    });
    // net 5999.97 × 0.85 = 5099.9745 → 5099.97; tax 5099.97 × 0.13 = 662.9961 → 663.00
    expect(Object.values(amounts).map(String)).toEqual(['5999.97', '900.00', '5099.97', '663.00', '5762.97']);
  });

  it('reads JavaScript numbers as the decimals people typed, without float drift', () => {
    // 0.1 × 3 is 0.30000000000000004 in floating point.
    const amounts = priceQuoteLine({ quantity: 0.3, unitPrice: 0.1, taxPercent: 13 });
    expect(amounts.listAmount.toString()).toBe('0.03');
    expect(priceQuoteLine({ quantity: 3, unitPrice: 0.1 }).listAmount.toString()).toBe('0.30');
    expect(priceQuoteLine({ quantity: '1.0005', unitPrice: '10.00' }).listAmount.toString()).toBe('10.01');
  });

  it('takes trailing zeros beyond the allowed digits', () => {
    expect(priceQuoteLine({ quantity: '2.500000', unitPrice: '4.000' }).listAmount.toString()).toBe('10.00');
  });

  it('matches an integer oracle on random lines, with gross = net + tax and list − discount = net', () => {
    fc.assert(
      fc.property(scaledLine(100_000_000n), (line) => {
        const amounts = priceQuoteLine(toInput(line));
        const expected = expectedFen(line);
        expect(fenOf(amounts.listAmount)).toBe(expected.list);
        expect(fenOf(amounts.netAmount)).toBe(expected.net);
        expect(fenOf(amounts.taxAmount)).toBe(expected.tax);
        expect(fenOf(amounts.totalAmount)).toBe(fenOf(amounts.netAmount) + fenOf(amounts.taxAmount));
        expect(fenOf(amounts.listAmount) - fenOf(amounts.discountAmount)).toBe(fenOf(amounts.netAmount));
      }),
      { numRuns: 500 },
    );
  });

  it('stays exact for unit prices up to 10^12 分', () => {
    fc.assert(
      fc.property(scaledLine(1_000_000_000_000n), (line) => {
        expect(fenOf(priceQuoteLine(toInput(line)).totalAmount)).toBe(expectedFen(line).total);
      }),
      { numRuns: 300 },
    );
    // ¥9,999,999,999.99 × 1 at 13 %: tax 1,299,999,999.9987 → 1,300,000,000.00.
    const largest = priceQuoteLine({ quantity: 1, unitPrice: '9999999999.99', taxPercent: 13 });
    expect(largest.totalAmount.toString()).toBe('11299999999.99');
  });

  const refused: Array<[string, QuoteLineInput, string, string]> = [
    ['a negative quantity', { quantity: '-1', unitPrice: '1' }, 'quote.line.negative', 'quantity'],
    ['a negative unit price', { quantity: 1, unitPrice: -5 }, 'quote.line.negative', 'unitPrice'],
    ['NaN', { quantity: Number.NaN, unitPrice: '1' }, 'quote.line.not_a_number', 'quantity'],
    [
      'Infinity',
      { quantity: 1, unitPrice: Number.POSITIVE_INFINITY },
      'quote.line.not_a_number',
      'unitPrice',
    ],
    ['an exponent', { quantity: '1e3', unitPrice: '1' }, 'quote.line.not_a_number', 'quantity'],
    ['grouping commas', { quantity: 1, unitPrice: '1,000' }, 'quote.line.not_a_number', 'unitPrice'],
    ['empty text', { quantity: '', unitPrice: '1' }, 'quote.line.not_a_number', 'quantity'],
    [
      '5 quantity decimals',
      { quantity: '1.00001', unitPrice: '1' },
      'quote.line.too_many_decimals',
      'quantity',
    ],
    ['3 price decimals', { quantity: 1, unitPrice: '0.001' }, 'quote.line.too_many_decimals', 'unitPrice'],
    ['a float price', { quantity: 1, unitPrice: 0.125 }, 'quote.line.too_many_decimals', 'unitPrice'],
    [
      '3 discount decimals',
      { quantity: 1, unitPrice: 1, discountPercent: '12.345' },
      'quote.line.too_many_decimals',
      'discountPercent',
    ],
    [
      'a discount above 100',
      { quantity: 1, unitPrice: 1, discountPercent: '100.01' },
      'quote.line.percent_above_100',
      'discountPercent',
    ],
    [
      'a negative discount',
      { quantity: 1, unitPrice: 1, discountPercent: -1 },
      'quote.line.negative',
      'discountPercent',
    ],
    [
      'a tax rate above 100',
      { quantity: 1, unitPrice: 1, taxPercent: 130 },
      'quote.line.percent_above_100',
      'taxPercent',
    ],
  ];

  it.each(refused)('refuses %s with a code', (_, line, code, field) => {
    let error: QuoteLineError | undefined;
    try {
      priceQuoteLine(line, 4);
    } catch (caught) {
      error = caught as QuoteLineError;
    }
    expect(error?.name).toBe('QuoteLineError');
    expect(error?.code).toBe(code);
    expect(error?.path).toBe(`lines.4.${field}`);
  });

  it('accepts the edges: zero quantity, 100 % discount, 0 % tax', () => {
    expect(priceQuoteLine({ quantity: 0, unitPrice: '5' }).totalAmount.toString()).toBe('0.00');
    const free = priceQuoteLine({ quantity: 2, unitPrice: '5', discountPercent: '100.00', taxPercent: 13 });
    expect([free.discountAmount.toString(), free.totalAmount.toString()]).toEqual(['10.00', '0.00']);
  });
});

describe('computeQuoteTotals', () => {
  it('sums rounded lines: tax per line, not on the total', () => {
    // Each line: 0.10 net, tax 13 % = 0.013 → 0.01. Per line: 3 × 0.01 = 0.03; on the total it would be 0.04.
    const totals = computeQuoteTotals(
      Array.from({ length: 3 }, () => ({ quantity: 1, unitPrice: 0.1, taxPercent: 13 })),
    );
    expect(totals.taxTotal.toString()).toBe('0.03');
    expect(totals.grandTotal.toString()).toBe('0.33');
  });

  it('is zero for no lines', () => {
    const totals = computeQuoteTotals([]);
    expect([totals.subtotal, totals.grandTotal].map(String)).toEqual(['0.00', '0.00']);
  });

  it('has totals equal to the sums of the lines, and grand = subtotal − discount + tax', () => {
    fc.assert(
      fc.property(fc.array(scaledLine(1_000_000_000_000n), { maxLength: 30 }), (lines) => {
        const totals = computeQuoteTotals(lines.map(toInput));
        const sum = (pick: (line: ReturnType<typeof expectedFen>) => bigint) =>
          lines.map(expectedFen).reduce((total, line) => total + pick(line), 0n);
        expect(fenOf(totals.subtotal)).toBe(sum((line) => line.list));
        expect(fenOf(totals.discountTotal)).toBe(sum((line) => line.discount));
        expect(fenOf(totals.netTotal)).toBe(sum((line) => line.net));
        expect(fenOf(totals.taxTotal)).toBe(sum((line) => line.tax));
        expect(fenOf(totals.grandTotal)).toBe(sum((line) => line.total));
        expect(fenOf(totals.grandTotal)).toBe(
          fenOf(totals.subtotal) - fenOf(totals.discountTotal) + fenOf(totals.taxTotal),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('names the first bad line', () => {
    expect(() =>
      computeQuoteTotals([
        { quantity: 1, unitPrice: 1 },
        { quantity: -1, unitPrice: 1 },
      ]),
    ).toThrow('quote.line.negative: lines.1.quantity');
  });
});
