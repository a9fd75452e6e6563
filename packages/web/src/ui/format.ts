import type { TFunction } from 'i18next';

/** Every date and time in the product is shown in China Standard Time, whatever the browser's zone. */
export const DISPLAY_TIME_ZONE = 'Asia/Shanghai';

const EMPTY = '—';

type DateInput = string | number | Date | null | undefined;

function toDate(value: DateInput): Date | null {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * Date and time in Asia/Shanghai, e.g. `2025-03-01 14:05` (zh-CN) or `03/01/2025, 14:05` (en).
 * @example formatDateTime('2025-03-01T06:05:00Z', 'zh-CN') // '2025/03/01 14:05'
 */
export function formatDateTime(value: DateInput, locale: string, withSeconds = false): string {
  const date = toDate(value);
  if (!date) return EMPTY;
  return new Intl.DateTimeFormat(locale, {
    timeZone: DISPLAY_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    ...(withSeconds ? { second: '2-digit' } : {}),
    hourCycle: 'h23',
  }).format(date);
}

/** The calendar date in Asia/Shanghai. */
export function formatDate(value: DateInput, locale: string): string {
  const date = toDate(value);
  if (!date) return EMPTY;
  return new Intl.DateTimeFormat(locale, {
    timeZone: DISPLAY_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
}

/** The hour of the day (0–23) in Asia/Shanghai, e.g. to greet with 早上好 or 下午好. */
export function hourInDisplayZone(value: Date = new Date()): number {
  const hour = new Intl.DateTimeFormat('en-GB', {
    timeZone: DISPLAY_TIME_ZONE,
    hour: '2-digit',
    hourCycle: 'h23',
  }).format(value);
  return Number(hour);
}

/** ISO instant of the start (00:00) of a calendar day `YYYY-MM-DD` in Asia/Shanghai. */
export function startOfDisplayDay(day: string): string {
  return new Date(`${day}T00:00:00.000+08:00`).toISOString();
}

/** ISO instant of the last millisecond of a calendar day `YYYY-MM-DD` in Asia/Shanghai. */
export function endOfDisplayDay(day: string): string {
  return new Date(`${day}T23:59:59.999+08:00`).toISOString();
}

const TEN_THOUSAND = 10_000;
const HUNDRED_MILLION = 100_000_000;

/**
 * An amount in yuan (CNY). Amounts travel as decimal strings; they are only turned into numbers here, for
 * display. With `compact`, Chinese shows 万 / 亿 (¥12.35万) and English K / M / B.
 * @example formatCny('1234567.8', 'zh-CN', { compact: true }) // '¥123.46万'
 * @example formatCny('1234.5', 'en') // '¥1,234.50'
 */
export function formatCny(
  amount: string | number | null | undefined,
  locale: string,
  options: { compact?: boolean } = {},
): string {
  if (amount === null || amount === undefined || amount === '') return EMPTY;
  const value = typeof amount === 'number' ? amount : Number(amount);
  if (!Number.isFinite(value)) return EMPTY;
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  if (options.compact && locale.startsWith('zh') && abs >= TEN_THOUSAND) {
    const [divisor, unit] = abs >= HUNDRED_MILLION ? [HUNDRED_MILLION, '亿'] : [TEN_THOUSAND, '万'];
    const scaled = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }).format(abs / divisor);
    return `${sign}¥${scaled}${unit}`;
  }
  if (options.compact && abs >= TEN_THOUSAND) {
    const scaled = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 2 }).format(abs);
    return `${sign}¥${scaled}`;
  }
  const plain = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
    abs,
  );
  return `${sign}¥${plain}`;
}

/**
 * A name as it reads inside an English sentence: each word lower-case, except abbreviations and names with
 * capitals inside (API, iPhone). Catalogs ask for it with `{{object, inSentence}}`; Chinese has no case.
 * @example labelInSentence('Payment plan') // 'payment plan'
 * @example labelInSentence('API key') // 'API key'
 */
export function labelInSentence(label: string): string {
  return label.replace(/[\p{L}\p{N}'’-]+/gu, (word) =>
    /^\p{Lu}[^\p{Lu}]*$/u.test(word) ? word.charAt(0).toLowerCase() + word.slice(1) : word,
  );
}

const MINUTES_PER_HOUR = 60;

/**
 * A length of time given in minutes, as people say it: minutes under an hour, else hours and minutes —
 * never days, since response times count working minutes (a day of them is no calendar day).
 * @example formatDuration(45, t) // '45 min' (en) · '45 分钟' (zh-CN)
 * @example formatDuration(136, t) // '2 h 16 min' · '2 小时 16 分钟'
 * @example formatDuration(480, t) // '8 h' · '8 小时'
 */
export function formatDuration(minutes: number | null | undefined, t: TFunction): string {
  if (minutes === null || minutes === undefined || !Number.isFinite(minutes)) return EMPTY;
  const whole = Math.max(0, Math.round(minutes));
  if (whole < MINUTES_PER_HOUR) return t('common.duration.minutes', { minutes: whole });
  const hours = Math.floor(whole / MINUTES_PER_HOUR);
  const rest = whole % MINUTES_PER_HOUR;
  return rest === 0
    ? t('common.duration.hours', { hours })
    : t('common.duration.hoursMinutes', { hours, minutes: rest });
}
