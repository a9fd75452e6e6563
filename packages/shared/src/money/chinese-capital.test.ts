import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toChineseCapital } from './chinese-capital.ts';
import { Decimal } from './decimal.ts';

describe('toChineseCapital', () => {
  it.each([
    ['0', '零元整'],
    ['0.00', '零元整'],
    ['0.5', '伍角'],
    ['0.05', '伍分'],
    ['0.55', '伍角伍分'],
    ['1', '壹元整'],
    ['10', '壹拾元整'],
    ['10.05', '壹拾元零伍分'],
    ['15', '壹拾伍元整'],
    ['100', '壹佰元整'],
    ['101', '壹佰零壹元整'],
    ['110', '壹佰壹拾元整'],
    ['1001.00', '壹仟零壹元整'],
    ['1010', '壹仟零壹拾元整'],
    ['1100', '壹仟壹佰元整'],
    // Examples given in the 支付结算办法 (one of the permitted spellings each).
    ['1409.50', '壹仟肆佰零玖元伍角'],
    ['6007.14', '陆仟零柒元壹角肆分'],
    ['1680.32', '壹仟陆佰捌拾元叁角贰分'],
    ['107000.53', '壹拾万柒仟元伍角叁分'],
    ['325.04', '叁佰贰拾伍元零肆分'],
    ['10000', '壹万元整'],
    ['10001', '壹万零壹元整'],
    ['10010', '壹万零壹拾元整'],
    ['10100', '壹万零壹佰元整'],
    ['11000', '壹万壹仟元整'],
    ['100000.50', '壹拾万元伍角'],
    ['110010', '壹拾壹万零壹拾元整'],
    ['200000', '贰拾万元整'],
    ['1001000', '壹佰万壹仟元整'],
    ['1234567.89', '壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分'],
    ['10000000', '壹仟万元整'],
    ['100000000', '壹亿元整'],
    ['100000001', '壹亿零壹元整'],
    ['101000000', '壹亿零壹佰万元整'],
    ['110000000', '壹亿壹仟万元整'],
    ['100010000', '壹亿零壹万元整'],
    ['123456789.01', '壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元零壹分'],
    ['100010000000', '壹仟亿壹仟万元整'],
    ['1000000000000', '壹万亿元整'],
    ['1000100000000', '壹万零壹亿元整'],
    ['10000000000000000', '壹亿亿元整'],
    ['-1234.56', '负壹仟贰佰叁拾肆元伍角陆分'],
    ['-0.5', '负伍角'],
    ['-0.00', '零元整'],
    ['100000.00', '壹拾万元整'],
    ['1010.50', '壹仟零壹拾元伍角'],
    ['1000001.00', '壹佰万零壹元整'],
    ['0.01', '壹分'],
    ['0.10', '壹角'],
    ['1.01', '壹元零壹分'],
    ['100.10', '壹佰元壹角'],
    ['10000000000000', '壹拾万亿元整'],
    ['10000000000.00', '壹佰亿元整'],
    ['1000000000001.00', '壹万亿零壹元整'],
    // The 亿 group is all zeros but 仟万 is not: the rules allow leaving out 零, as in 壹佰万壹仟.
    ['1000010000000', '壹万亿壹仟万元整'],
    ['1000001000000', '壹万亿零壹佰万元整'],
    ['100000000000000000.99', '壹拾亿亿元玖角玖分'],
  ])('%s → %s', (amount, words) => expect(toChineseCapital(amount)).toBe(words));

  it('takes amounts beyond 2^53 exactly', () => {
    // 2^53 + 1 = 9007199254740993, which a float cannot hold.
    expect(toChineseCapital(Decimal.fromUnits(900719925474099301n, 2))).toBe(
      '玖仟零柒万壹仟玖佰玖拾贰亿伍仟肆佰柒拾肆万零玖佰玖拾叁元零壹分',
    );
  });

  it('accepts bigint yuan and Decimal values', () => {
    expect(toChineseCapital(20000n)).toBe('贰万元整');
    expect(toChineseCapital(Decimal.parse('3.10'))).toBe('叁元壹角');
  });

  it('refuses digits below the 分 rather than rounding silently', () => {
    expect(() => toChineseCapital('1.005')).toThrow(RangeError);
    expect(toChineseCapital('1.000')).toBe('壹元整');
  });

  it('refuses floats and malformed text', () => {
    expect(() => toChineseCapital(0.1)).toThrow(RangeError);
    expect(() => toChineseCapital('1e3')).toThrow();
  });
});

const CAPITAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const GROUP_PLACES: Record<string, bigint> = { 仟: 1000n, 佰: 100n, 拾: 10n };

/** Reads capital numerals back (test oracle): 亿 and 万 multiply what stands before them, 零 is silent. */
function readCapitalInteger(words: string): bigint {
  for (const [unit, value] of [
    ['亿', 100_000_000n],
    ['万', 10_000n],
  ] as const) {
    const at = words.lastIndexOf(unit);
    if (at >= 0)
      return readCapitalInteger(words.slice(0, at)) * value + readCapitalInteger(words.slice(at + 1));
  }
  let total = 0n;
  let digit = 0n;
  for (const char of words) {
    if (char in GROUP_PLACES) {
      total += digit * (GROUP_PLACES[char] as bigint);
      digit = 0n;
    } else digit = BigInt(CAPITAL_DIGITS.indexOf(char));
  }
  return total + digit;
}

/** 分 of a 大写 amount. */
function readCapital(words: string): bigint {
  const negative = words.startsWith('负');
  const match = /^负?(?:(.+)元)?(?:整|(?:零?(.)角)?(?:零?(.)分)?)$/.exec(words);
  if (!match) throw new Error(`Unreadable: ${words}`);
  const [, yuan = '', jiao, fen] = match;
  const value =
    readCapitalInteger(yuan) * 100n +
    BigInt(jiao ? CAPITAL_DIGITS.indexOf(jiao) * 10 : 0) +
    BigInt(fen ? CAPITAL_DIGITS.indexOf(fen) : 0);
  return negative ? -value : value;
}

describe('toChineseCapital, every amount', () => {
  it('reads back to the same number of 分, with zeros collapsed and no stray 零', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), (fen) => {
        const words = toChineseCapital(Decimal.fromUnits(fen, 2));
        expect(readCapital(words)).toBe(fen);
        if (fen !== 0n) expect(words).not.toMatch(/零零|零[万亿元]|^负?零|零$|[角分]整/);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back amounts made mostly of zeros', () => {
    const sparse = fc
      .array(fc.constantFrom(0n, 0n, 0n, 1n, 5n, 9n), { minLength: 1, maxLength: 20 })
      .map((digits) => digits.reduce((value: bigint, digit) => value * 10n + digit, 0n));
    fc.assert(
      fc.property(sparse, (fen) => {
        expect(readCapital(toChineseCapital(Decimal.fromUnits(fen, 2)))).toBe(fen);
      }),
      { numRuns: 2000 },
    );
  });
});
