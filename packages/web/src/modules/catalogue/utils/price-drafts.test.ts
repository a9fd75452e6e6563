import { describe, expect, it } from 'vitest';
import {
  differenceFromListPrice,
  priceProblems,
  pricesToSave,
  readPrice,
  samePrices,
} from './price-drafts.ts';

describe('price drafts', () => {
  it('reads prices as people type them and refuses what is not an amount', () => {
    expect(readPrice(' ￥１,２００.５ ')).toEqual({ price: '1200.50' });
    expect(readPrice('11800')).toEqual({ price: '11800.00' });
    expect(readPrice('12.345')).toEqual({ problem: 'not_an_amount' });
    expect(readPrice('abc')).toEqual({ problem: 'not_an_amount' });
    expect(readPrice('-5')).toEqual({ problem: 'negative' });
  });

  it('saves every priced product and drops cleared ones', () => {
    const drafts = { 1: '11800', 2: '', 3: '¥1,650.00' };
    expect(pricesToSave(drafts)).toEqual([
      { productId: 1, unitPrice: '11800.00' },
      { productId: 3, unitPrice: '1650.00' },
    ]);
    expect(priceProblems({ 1: '1x', 2: '' })).toEqual(new Map([[1, 'not_an_amount']]));
  });

  it('compares with the saved prices whatever the formatting', () => {
    expect(samePrices({ 1: '11800.00' }, { 1: '¥11,800' })).toBe(true);
    expect(samePrices({ 1: '11800.00', 2: '' }, { 1: '11800.00' })).toBe(true);
    expect(samePrices({ 1: '11800.00' }, { 1: '11700' })).toBe(false);
  });

  it('tells how far a price is from the list price', () => {
    expect(differenceFromListPrice('11800', '12800.00')).toBe('-7.8');
    expect(differenceFromListPrice('12800', '12800.00')).toBe('0.0');
    expect(differenceFromListPrice('100', null)).toBeNull();
    expect(differenceFromListPrice('100', '0.00')).toBeNull();
  });
});
