const UNITS: Array<[unit: Intl.RelativeTimeFormatUnit, seconds: number]> = [
  ['year', 365 * 86_400],
  ['month', 30 * 86_400],
  ['week', 7 * 86_400],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

/**
 * How long ago (or how far ahead) `iso` is, in words of `locale`; under a minute is `justNow` (by
 * default the locale's "now").
 * @example formatRelativeTime('2026-01-01T00:00:00Z', 'zh-CN', new Date('2026-01-01T03:00:00Z')) // '3小时前'
 */
export function formatRelativeTime(
  iso: string,
  locale: string,
  now: Date = new Date(),
  justNow?: string,
): string {
  const seconds = (new Date(iso).getTime() - now.getTime()) / 1000;
  if (Number.isNaN(seconds)) return '';
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return justNow ?? format.format(0, 'second');
}
