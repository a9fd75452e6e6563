import { describe, expect, it } from 'vitest';
import { Decimal } from './decimal.ts';
import { priceLine } from './line-amounts.ts';

const texts = (amounts: ReturnType<typeof priceLine>) =>
  Object.fromEntries(Object.entries(amounts).map(([key, value]) => [key, value.toString()]));

describe('priceLine', () => {
  it('prices 3 × ¥1,999.99 with 15 % discount and 13 % VAT', () => {
    // list     = 3 × 1999.99                 = 5999.97
    // net      = 5999.97 × (1 − 0.15)        = 5999.97 × 0.85 = 5099.9745 → 5099.97 (half-up)
    // discount = 5999.97 − 5099.97           = 900.00
    // tax      = 5099.97 × 0.13              = 662.9961 → 663.00 (half-up)
    // total    = 5099.97 + 663.00            = 5762.97
    // (A float gives 5999.969999999999 for 3 × 1999.99.)
    expect(
      texts(priceLine({ quantity: 3, unitPrice: '1999.99', discountPercent: '15', taxPercent: '13' })),
    ).toEqual({
      listAmount: '5999.97',
      discountAmount: '900.00',
      netAmount: '5099.97',
      taxAmount: '663.00',
      totalAmount: '5762.97',
    });
  });

  it('rounds the net amount once, not per step', () => {
    // 7 × 0.33 = 2.31; × 0.95 = 2.1945 → 2.19; tax 6 %: 2.19 × 0.06 = 0.1314 → 0.13.
    expect(texts(priceLine({ quantity: 7, unitPrice: '0.33', discountPercent: 5, taxPercent: 6 }))).toEqual({
      listAmount: '2.31',
      discountAmount: '0.12',
      netAmount: '2.19',
      taxAmount: '0.13',
      totalAmount: '2.32',
    });
  });

  it('handles fractional quantities, no discount and no tax', () => {
    // 2.5 × 10.01 = 25.025 → 25.03 (half-up on the tie)
    const amounts = priceLine({ quantity: '2.5', unitPrice: '10.01' });
    expect(amounts.netAmount.toString()).toBe('25.03');
    expect(amounts.taxAmount.toString()).toBe('0.00');
    expect(amounts.totalAmount.toString()).toBe('25.03');
  });

  it('keeps list − discount + tax = total', () => {
    const amounts = priceLine({
      quantity: '13',
      unitPrice: '77.77',
      discountPercent: '12.5',
      taxPercent: '9',
    });
    expect(amounts.listAmount.minus(amounts.discountAmount).plus(amounts.taxAmount)).toEqual(
      amounts.totalAmount,
    );
    expect(Decimal.sum([amounts.netAmount, amounts.taxAmount]).equals(amounts.totalAmount)).toBe(true);
  });
});
