import { describe, expect, it } from 'vitest';
import {
  isMainlandLandline,
  isMainlandMobile,
  normalizeMainlandMobile,
  normalizePhone,
  normalizeServiceNumber,
  parseMainlandLandline,
  parseMainlandPhone,
} from './phone.ts';

describe('mainland mobile numbers', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['19912345678', '19912345678'],
    ['+8613800138000', '13800138000'],
    ['+86 138 0013 8000', '13800138000'],
    ['(+86) 138-0013-8000', '13800138000'],
    ['8613800138000', '13800138000'],
    ['0086 13800138000', '13800138000'],
    ['  138-0013-8000 ', '13800138000'],
    ['１３８００１３８０００', '13800138000'],
    ['＋８６　１３８－００１３－８０００', '13800138000'],
    ['138—0013—8000', '13800138000'],
  ])('accepts %s as %s', (input, expected) => {
    expect(normalizeMainlandMobile(input)).toBe(expected);
    expect(isMainlandMobile(input)).toBe(true);
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each([
    '',
    '1380013800', // 10 digits
    '138001380000', // 12 digits
    '12800138000', // 12x is not a mobile prefix
    '10086',
    '23800138000',
    '+1 13800138000',
    '+85213800138000',
    '13800+138000',
    '138-0013-800a',
    '一三八〇〇一三八〇〇〇',
    '010-12345678',
  ])('refuses %s', (input) => {
    expect(isMainlandMobile(input)).toBe(false);
    expect(normalizeMainlandMobile(input)).toBeNull();
  });
});

describe('mainland landlines', () => {
  it.each([
    ['010-12345678', '010-12345678'],
    ['01012345678', '010-12345678'],
    ['021 1234 5678', '021-12345678'],
    ['(021)12345678', '021-12345678'],
    ['(021) 1234-5678', '021-12345678'],
    ['0755-1234567', '0755-1234567'],
    ['0755-1234567-123', '0755-1234567-123'],
    ['0755-12345678 转 8001', '0755-12345678-8001'],
    ['0755-12345678分机8001', '0755-12345678-8001'],
    ['0571-87654321 ext. 12', '0571-87654321-12'],
    ['0571-87654321x12', '0571-87654321-12'],
    ['0571-87654321#12', '0571-87654321-12'],
    ['010-12345678-12', '010-12345678-12'],
    ['+86 21 1234 5678', '021-12345678'],
    ['+86 (0)21 12345678', '021-12345678'],
    ['0086-755-1234567', '0755-1234567'],
    ['86-10-12345678', '010-12345678'],
    ['（０２１）１２３４５６７８', '021-12345678'],
    ['０７５５－１２３４５６７－１２３', '0755-1234567-123'],
    ['０２１　１２３４５６７８转１２', '021-12345678-12'],
  ])('accepts %s as %s', (input, expected) => {
    expect(parseMainlandLandline(input)?.value).toBe(expected);
    expect(isMainlandLandline(input)).toBe(true);
    expect(normalizePhone(input)).toBe(expected);
  });

  it('splits the parts', () => {
    expect(parseMainlandLandline('0755-1234567-123')).toEqual({
      kind: 'landline',
      value: '0755-1234567-123',
      areaCode: '0755',
      number: '1234567',
      extension: '123',
    });
    expect(parseMainlandLandline('(021)12345678')).toMatchObject({ areaCode: '021', extension: null });
  });

  it.each([
    '',
    '12345678', // no area code
    '010-123456', // 6-digit number
    '010-123456789', // 9-digit number
    '010-01234567', // a local number never starts with 0
    '0755-1234567-1234567', // extension too long
    '011-12345678', // 011 is not an area code; 0111 would need a number after it
    '1755-1234567',
    '0755-1234567 转',
    '转123',
    '+1 212 555 0100',
    '021-1234abcd',
    '021_12345678',
    '13800138000',
  ])('refuses %s', (input) => {
    expect(isMainlandLandline(input)).toBe(false);
    expect(parseMainlandLandline(input)).toBeNull();
  });
});

describe('normalizePhone', () => {
  it('tells mobiles from landlines and refuses the rest', () => {
    expect(parseMainlandPhone('138 0013 8000')).toEqual({ kind: 'mobile', value: '13800138000' });
    expect(parseMainlandPhone('010-12345678')?.kind).toBe('landline');
    for (const input of ['', '   ', 'abc', '110', '400-800-888', '+44 20 7946 0958']) {
      expect(normalizePhone(input), input).toBeNull();
    }
  });
});

describe('400/800 service numbers', () => {
  it.each([
    ['400-820-8820', '400-820-8820'],
    ['4008208820', '400-820-8820'],
    ['400 820 8820', '400-820-8820'],
    ['８００－８１０－８８８８', '800-810-8888'],
  ])('normalises %s', (input, expected) => {
    expect(normalizeServiceNumber(input)).toBe(expected);
    expect(parseMainlandPhone(input)).toEqual({ kind: 'service', value: expected });
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each(['400-820-882', '500-820-8820', '+86 400 820 8820', '4008208820123'])('refuses %s', (input) => {
    expect(normalizeServiceNumber(input)).toBeNull();
  });
});
