import { describe, expect, it } from 'vitest';
import { defineMessages, translate } from './i18n.ts';

defineMessages({
  'test.i18n.waited': {
    'zh-CN': '已等待 {minutes:duration}（{name}）',
    en: 'waited {minutes:duration} ({name})',
  },
});

describe('translate', () => {
  it('writes minutes out as a duration where the message asks for it', () => {
    const cases: Array<[number, string, string]> = [
      [5, '已等待 5 分钟（甲）', 'waited 5 minutes (甲)'],
      [1, '已等待 1 分钟（甲）', 'waited 1 minute (甲)'],
      [60, '已等待 1 小时（甲）', 'waited 1 hour (甲)'],
      [480, '已等待 8 小时（甲）', 'waited 8 hours (甲)'],
      [136, '已等待 2 小时 16 分钟（甲）', 'waited 2 hours 16 minutes (甲)'],
      [0, '已等待 0 分钟（甲）', 'waited 0 minutes (甲)'],
    ];
    for (const [minutes, zh, en] of cases) {
      expect(translate('zh-CN', 'test.i18n.waited', { minutes, name: '甲' })).toBe(zh);
      expect(translate('en', 'test.i18n.waited', { minutes, name: '甲' })).toBe(en);
    }
  });

  it('leaves a placeholder without its value as it is, and a value that is no number as text', () => {
    expect(translate('en', 'test.i18n.waited', { name: '甲' })).toBe('waited {minutes:duration} (甲)');
    expect(translate('en', 'test.i18n.waited', { minutes: 'soon', name: '甲' })).toBe('waited soon (甲)');
  });
});
