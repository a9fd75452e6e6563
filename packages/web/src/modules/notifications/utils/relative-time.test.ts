import { describe, expect, it } from 'vitest';
import { formatRelativeTime } from './relative-time.ts';

const now = new Date('2026-03-01T12:00:00Z');

describe('formatRelativeTime', () => {
  it('names the largest whole unit, in the language asked for', () => {
    expect(formatRelativeTime('2026-03-01T09:00:00Z', 'zh-CN', now)).toBe('3小时前');
    expect(formatRelativeTime('2026-03-01T11:55:00Z', 'en', now)).toBe('5 minutes ago');
    expect(formatRelativeTime('2026-02-28T12:00:00Z', 'en', now)).toBe('yesterday');
    expect(formatRelativeTime('2026-02-10T12:00:00Z', 'en', now)).toBe('2 weeks ago');
  });

  it('says "now" under a minute and nothing for a bad date', () => {
    expect(formatRelativeTime('2026-03-01T11:59:30Z', 'en', now)).toBe('now');
    expect(formatRelativeTime('2026-03-01T11:59:30Z', 'zh-CN', now)).toBe('现在');
    expect(formatRelativeTime('2026-03-01T11:59:30Z', 'zh-CN', now, '刚刚')).toBe('刚刚');
    expect(formatRelativeTime('not a date', 'en', now)).toBe('');
  });
});
