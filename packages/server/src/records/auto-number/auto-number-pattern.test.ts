import { describe, expect, it } from 'vitest';
import { translate } from '../../platform/i18n.ts';
import { formatAutoNumber, parseAutoNumberPattern, sequenceKeyOf } from './auto-number-pattern.ts';
import { zonedDateParts } from './zoned-date-parts.ts';

const patternOf = (source: string) => {
  const parsed = parseAutoNumberPattern(source);
  if (!parsed.ok) throw new Error(`invalid pattern ${source}`);
  return parsed.pattern;
};
const problemsOf = (source: string) => {
  const parsed = parseAutoNumberPattern(source);
  return parsed.ok ? [] : parsed.problems;
};
const date = { year: '2026', month: '03', day: '07' };

describe('auto-number patterns', () => {
  it('formats every placeholder', () => {
    expect(formatAutoNumber(patternOf('HT-{YYYY}-{0000}'), date, 42)).toBe('HT-2026-0042');
    expect(formatAutoNumber(patternOf('{YY}{MM}{DD}/{000}'), date, 7)).toBe('260307/007');
    expect(formatAutoNumber(patternOf('合同{YYYY}年{MM}月第{00}号'), date, 3)).toBe('合同2026年03月第03号');
    expect(formatAutoNumber(patternOf('{0}'), date, 5)).toBe('5');
  });

  it('keeps every digit when the counter outgrows its width', () => {
    expect(formatAutoNumber(patternOf('HT-{00}'), date, 99)).toBe('HT-99');
    expect(formatAutoNumber(patternOf('HT-{00}'), date, 100)).toBe('HT-100');
    expect(formatAutoNumber(patternOf('{0}'), date, 123456)).toBe('123456');
  });

  it('keys the counter by scope and date prefix, not by counter width', () => {
    expect(sequenceKeyOf('contract.number', patternOf('HT-{YYYY}-{0000}'), date)).toBe(
      'contract.number:HT-2026-',
    );
    expect(sequenceKeyOf('contract.number', patternOf('HT-{YYYY}-{00}'), date)).toBe(
      'contract.number:HT-2026-',
    );
    expect(sequenceKeyOf('x', patternOf('{MM}-{000}-{YY}'), date)).toBe('x:03-{n}-26');
    expect(sequenceKeyOf('x', patternOf('{000}AB'), date)).not.toBe(
      sequenceKeyOf('x', patternOf('AB{000}'), date),
    );
  });

  it('reads the date in the time zone', () => {
    const newYearInShanghai = new Date('2026-12-31T16:30:00Z');
    expect(zonedDateParts(newYearInShanghai, 'Asia/Shanghai')).toEqual({
      year: '2027',
      month: '01',
      day: '01',
    });
    expect(zonedDateParts(newYearInShanghai, 'UTC')).toEqual({ year: '2026', month: '12', day: '31' });
    expect(zonedDateParts(new Date('2026-03-01T04:00:00Z'), 'America/New_York')).toEqual({
      year: '2026',
      month: '02',
      day: '28',
    });
  });

  it.each<[string, string, string[]]>([
    ['no counter', 'HT-{YYYY}', ['autoNumber.missing_counter']],
    ['an empty pattern', '', ['autoNumber.missing_counter']],
    ['two counters', '{000}-{00}', ['autoNumber.multiple_counters']],
    ['an unknown token', 'HT-{yyyy}-{000}', ['autoNumber.unknown_token']],
    ['empty braces', 'HT-{}-{000}', ['autoNumber.unknown_token']],
    ['an unclosed brace', 'HT-{YYYY-{000}', ['autoNumber.invalid_pattern']],
    ['a stray closing brace', 'HT}-{000}', ['autoNumber.invalid_pattern']],
    ['nested braces', '{{000}}', ['autoNumber.invalid_pattern']],
    ['a control character', 'HT\n{000}', ['autoNumber.invalid_pattern']],
    ['a too wide counter', `{${'0'.repeat(13)}}`, ['autoNumber.counter_too_wide']],
    ['a too long pattern', `${'A'.repeat(100)}{0}`, ['autoNumber.pattern_too_long']],
    [
      'SQL in a token',
      "{0'; drop table sequences; --}",
      ['autoNumber.unknown_token', 'autoNumber.missing_counter'],
    ],
  ])('refuses %s', (_name, source, codes) => {
    expect(problemsOf(source).map((p) => p.code)).toEqual(codes);
  });

  it('names the unknown token and translates every problem in both languages', () => {
    expect(problemsOf('HT-{Q}-{0}')).toEqual([
      { code: 'autoNumber.unknown_token', params: { token: '{Q}' } },
    ]);
    expect(translate('zh-CN', 'autoNumber.unknown_token', { token: '{Q}' })).toBe(
      '编号规则中有未知的占位符：{Q}',
    );
    expect(translate('en', 'autoNumber.pattern_too_long', { max: 100 })).toBe(
      'The numbering pattern is too long (at most 100 characters)',
    );
    for (const code of [
      'autoNumber.invalid_pattern',
      'autoNumber.missing_counter',
      'autoNumber.multiple_counters',
      'autoNumber.counter_too_wide',
    ]) {
      expect(translate('zh-CN', code)).not.toBe(code);
      expect(translate('en', code)).not.toBe(code);
    }
  });
});
