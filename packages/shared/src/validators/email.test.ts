import { describe, expect, it } from 'vitest';
import { isEmail, normalizeEmail } from './email.ts';

describe('isEmail', () => {
  it.each([
    'zhang.san@example.com',
    'li_si+crm@example.com.cn',
    "o'brien@example.org",
    'a@b.co',
    'sales@例子.中国',
    'sales@xn--fsqu00a.xn--fiqs8s',
    'UPPER@EXAMPLE.COM',
  ])('accepts %s', (input) => expect(isEmail(input)).toBe(true));

  it.each([
    '',
    'plain',
    '@example.com',
    'zhang@',
    'zhang@example',
    'zhang@@example.com',
    'zhang san@example.com',
    '.zhang@example.com',
    'zhang.@example.com',
    'zhang..san@example.com',
    'zhang@-example.com',
    'zhang@example-.com',
    'zhang@example..com',
    'zhang@example.c',
    'zhang@example.123',
    'zhang@[192.168.0.1]',
    '"zhang san"@example.com',
    '张三@example.com',
    ' zhang@example.com',
    `${'a'.repeat(65)}@example.com`,
    `a@${'b'.repeat(250)}.com`,
  ])('refuses %s', (input) => expect(isEmail(input)).toBe(false));
});

describe('normalizeEmail', () => {
  it('makes full-width input ASCII, trims and lower-cases the domain', () => {
    expect(normalizeEmail(' Li.Si＠Example.COM ')).toBe('Li.Si@example.com');
    expect(normalizeEmail('ｓａｌｅｓ＠ｅｘａｍｐｌｅ．ｃｎ')).toBe('sales@example.cn');
    expect(normalizeEmail('sales@example。cn')).toBe('sales@example.cn');
    expect(normalizeEmail('not an email')).toBeNull();
  });
});
