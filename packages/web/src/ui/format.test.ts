import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en, zhCN } from '../i18n/catalogs.ts';
import {
  endOfDisplayDay,
  formatCny,
  formatDate,
  formatDateTime,
  formatDuration,
  hourInDisplayZone,
  labelInSentence,
  startOfDisplayDay,
} from './format.ts';

describe('formatDateTime', () => {
  it('shows instants in Asia/Shanghai whatever the machine zone', () => {
    expect(formatDateTime('2025-03-01T17:05:09Z', 'zh-CN')).toBe('2025/03/02 01:05');
    expect(formatDateTime('2025-03-01T17:05:09Z', 'zh-CN', true)).toBe('2025/03/02 01:05:09');
    expect(formatDate('2025-03-01T17:05:09Z', 'zh-CN')).toBe('2025/03/02');
    expect(hourInDisplayZone(new Date('2025-03-01T17:05:09Z'))).toBe(1);
  });

  it('shows a dash for a missing or invalid date', () => {
    expect(formatDateTime(null, 'en')).toBe('—');
    expect(formatDateTime('not a date', 'en')).toBe('—');
  });

  it('turns a Shanghai calendar day into UTC bounds', () => {
    expect(startOfDisplayDay('2025-03-02')).toBe('2025-03-01T16:00:00.000Z');
    expect(endOfDisplayDay('2025-03-02')).toBe('2025-03-02T15:59:59.999Z');
  });
});

describe('formatCny', () => {
  it('formats yuan with two decimals', () => {
    expect(formatCny('1234.5', 'zh-CN')).toBe('¥1,234.50');
    expect(formatCny(-88, 'en')).toBe('-¥88.00');
  });

  it('uses 万 and 亿 for large amounts in Chinese', () => {
    expect(formatCny('1234567.8', 'zh-CN', { compact: true })).toBe('¥123.46万');
    expect(formatCny(250_000_000, 'zh-CN', { compact: true })).toBe('¥2.5亿');
    expect(formatCny(9999, 'zh-CN', { compact: true })).toBe('¥9,999.00');
  });

  it('uses K / M in English', () => {
    expect(formatCny(1_234_567, 'en', { compact: true })).toBe('¥1.23M');
  });

  it('shows a dash for no amount', () => {
    expect(formatCny(null, 'zh-CN')).toBe('—');
    expect(formatCny('abc', 'zh-CN')).toBe('—');
  });
});

describe('labelInSentence', () => {
  it('writes a name in lower case, as it reads inside an English sentence', () => {
    expect(labelInSentence('Lead')).toBe('lead');
    expect(labelInSentence('Payment plans')).toBe('payment plans');
    expect(labelInSentence('Follow-ups')).toBe('follow-ups');
    expect(labelInSentence('Expense Claims')).toBe('expense claims');
  });

  it('keeps abbreviations, names with capitals inside and text without case', () => {
    expect(labelInSentence('API keys')).toBe('API keys');
    expect(labelInSentence('Customer NPS surveys')).toBe('customer NPS surveys');
    expect(labelInSentence('iPhone orders')).toBe('iPhone orders');
    expect(labelInSentence('费用报销')).toBe('费用报销');
    expect(labelInSentence('')).toBe('');
  });
});

describe('formatDuration', () => {
  const translators: Record<'en' | 'zh-CN', TFunction> = {} as never;
  beforeAll(async () => {
    for (const [lng, catalog] of [
      ['en', en],
      ['zh-CN', zhCN],
    ] as const) {
      const instance = i18next.createInstance();
      await instance.init({
        lng,
        resources: { [lng]: { translation: catalog } },
        interpolation: { escapeValue: false },
      });
      translators[lng] = instance.t;
    }
  });

  it('says minutes under an hour, hours and minutes above, in both languages', () => {
    const say = (lng: 'en' | 'zh-CN', values: number[]) =>
      values.map((v) => formatDuration(v, translators[lng]));
    expect(say('en', [0, 1, 45, 59, 60, 136, 480, 1441])).toEqual([
      '0 min',
      '1 min',
      '45 min',
      '59 min',
      '1 h',
      '2 h 16 min',
      '8 h',
      '24 h 1 min',
    ]);
    expect(say('zh-CN', [45, 136, 480])).toEqual(['45 分钟', '2 小时 16 分钟', '8 小时']);
  });

  it('rounds to whole minutes and shows a dash for no value', () => {
    expect(formatDuration(59.6, translators.en)).toBe('1 h');
    expect(formatDuration(135.4, translators.en)).toBe('2 h 15 min');
    expect(formatDuration(null, translators.en)).toBe('—');
    expect(formatDuration(undefined, translators.en)).toBe('—');
    expect(formatDuration(Number.NaN, translators.en)).toBe('—');
  });
});
