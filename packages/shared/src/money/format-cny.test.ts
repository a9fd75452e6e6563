import { describe, expect, it } from 'vitest';
import { Decimal } from './decimal.ts';
import { formatCny } from './format-cny.ts';

describe('formatCny', () => {
  it.each([
    ['1234567.89', '¥1,234,567.89'],
    ['0', '¥0.00'],
    ['0.5', '¥0.50'],
    ['999', '¥999.00'],
    ['1000', '¥1,000.00'],
    ['-1234.5', '-¥1,234.50'],
    ['1.005', '¥1.01'],
    ['-1.005', '-¥1.01'],
    ['-0.004', '¥0.00'],
    ['9007199254740993.01', '¥9,007,199,254,740,993.01'],
  ])('writes %s as %s in both locales', (amount, text) => {
    expect(formatCny(amount)).toBe(text);
    expect(formatCny(amount, { locale: 'en' })).toBe(text);
  });

  it.each([
    ['1234.56', '¥1,234.56'],
    ['9999.99', '¥9,999.99'],
    ['10000', '¥1万'],
    ['12345', '¥1.23万'],
    ['1234567.89', '¥123.46万'],
    ['1000000', '¥100万'],
    ['99999999', '¥1亿'],
    ['123456789', '¥1.23亿'],
    ['1000000000000', '¥1万亿'],
    ['123456780000000', '¥123.46万亿'],
    ['-1234567.89', '-¥123.46万'],
    ['0', '¥0.00'],
  ])('compacts %s in zh-CN as %s', (amount, text) => {
    expect(formatCny(amount, { locale: 'zh-CN', compact: true })).toBe(text);
  });

  it.each([
    ['999.99', '¥999.99'],
    ['1000', '¥1K'],
    ['12345', '¥12.35K'],
    ['999999', '¥1M'],
    ['1234567.89', '¥1.23M'],
    ['123456789', '¥123.46M'],
    ['1234567890', '¥1.23B'],
    ['1234567890123', '¥1.23T'],
    ['-1500', '-¥1.5K'],
    ['0', '¥0.00'],
  ])('compacts %s in en as %s', (amount, text) => {
    expect(formatCny(amount, { locale: 'en', compact: true })).toBe(text);
  });

  it('takes Decimal values and defaults to zh-CN', () => {
    expect(formatCny(Decimal.fromUnits(123456789n, 2), { compact: true })).toBe('¥123.46万');
  });
});
