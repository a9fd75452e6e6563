import { describe, expect, it } from 'vitest';
import type { LineItemDraft } from '../api/line-items.api.ts';
import { checkLines, emptyDraft, normaliseNumber, sameLines, withProduct } from './line-drafts.ts';

const line = (patch: Partial<LineItemDraft>): LineItemDraft => ({
  ...emptyDraft(),
  name: '实施服务',
  ...patch,
});

describe('checkLines', () => {
  it('prices lines and totals exactly as the server does', () => {
    const checked = checkLines([
      line({ quantity: '2', unitPrice: '12800', discountPercent: '25', taxPercent: '13' }),
      line({ quantity: '10', unitPrice: '1800', taxPercent: '6' }),
    ]);
    expect(checked.problems.size).toBe(0);
    expect(checked.amounts.map((amounts) => amounts?.totalAmount.toString())).toEqual([
      '21696.00',
      '19080.00',
    ]);
    expect(checked.totals?.discountTotal.toString()).toBe('6400.00');
    expect(checked.totals?.taxTotal.toString()).toBe('3576.00');
    expect(checked.totals?.grandTotal.toString()).toBe('40776.00');
  });

  it('names every bad cell, prices the good lines and withholds the totals', () => {
    const checked = checkLines([
      line({ quantity: '10abc', unitPrice: '-1', discountPercent: '120', taxPercent: '13.555' }),
      line({ name: '  ', unitPrice: '' }),
      line({ quantity: '1.5', unitPrice: '100' }),
    ]);
    expect(Object.fromEntries(checked.problems)).toEqual({
      '0.quantity': { code: 'not_a_number', params: {} },
      '0.unitPrice': { code: 'negative', params: {} },
      '0.discountPercent': { code: 'percent_above_100', params: {} },
      '0.taxPercent': { code: 'too_many_decimals', params: { max: 2 } },
      '1.name': { code: 'required' },
      '1.unitPrice': { code: 'required' },
    });
    expect(checked.amounts[0]).toBeNull();
    expect(checked.amounts[2]?.totalAmount.toString()).toBe('150.00');
    expect(checked.totals).toBeNull();
  });

  it('reads numbers typed with a full-width input method, a ¥ and thousands commas', () => {
    expect(normaliseNumber(' ￥１,２００.５ ')).toBe('1200.5');
    expect(normaliseNumber('12,34')).toBe('12,34');
    const checked = checkLines([line({ quantity: '２', unitPrice: '¥1,000' })]);
    expect(checked.totals?.grandTotal.toString()).toBe('2000.00');
  });
});

describe('withProduct and sameLines', () => {
  it('takes name, unit, price and tax from the product and keeps quantity and discount', () => {
    const picked = withProduct(line({ quantity: '3', discountPercent: '5' }), {
      id: 7,
      name: '领航 CRM 专业版',
      unit: '套',
      unitPrice: '11800.00',
      taxRate: '13',
    });
    expect(picked).toMatchObject({
      productId: 7,
      name: '领航 CRM 专业版',
      unit: '套',
      quantity: '3',
      unitPrice: '11800.00',
      discountPercent: '5',
      taxPercent: '13',
    });
  });

  it('sees through formatting when comparing with the saved lines', () => {
    expect(sameLines([line({ unitPrice: '100' })], [line({ unitPrice: '¥100.00' })])).toBe(true);
    expect(sameLines([line({ unitPrice: '100' })], [line({ unitPrice: '101' })])).toBe(false);
  });
});
