import { DEFAULT_LOCALE, type Locale } from '@lodestar/shared';

type Messages = Record<string, Record<Locale, string>>;

const catalog: Messages = {};

/**
 * Adds server-side messages (error texts, notification texts) to the catalog; each feature declares its own
 * next to its code. A key declared twice is a programming error.
 * @example defineMessages({ 'auth.invalid_credentials': { 'zh-CN': '用户名或密码错误', en: 'Wrong username or password' } })
 */
export function defineMessages<T extends Messages>(messages: T): T {
  for (const [key, value] of Object.entries(messages)) {
    if (catalog[key] && catalog[key] !== value) throw new Error(`message "${key}" is defined twice`);
    catalog[key] = value;
  }
  return messages;
}

/**
 * Translates a message key with `{name}` placeholders, or `{name:format}` for a value to be written out
 * (`duration`: a number of minutes as `2 小时 16 分钟` / `2 hours 16 minutes`); unknown keys come back as the
 * key itself.
 */
export function translate(locale: Locale, key: string, params: Record<string, unknown> = {}): string {
  const entry = catalog[key];
  const template = entry?.[locale] ?? entry?.[DEFAULT_LOCALE] ?? key;
  return template.replace(/\{(\w+)(?::(\w+))?\}/g, (whole, name: string, format?: string) => {
    if (!(name in params)) return whole;
    const value = params[name];
    return format === 'duration' && typeof value === 'number' ? durationText(locale, value) : String(value);
  });
}

/** Minutes as people say them: `45 分钟`, `8 小时`, `2 小时 16 分钟`; `45 minutes`, `1 hour`, `2 hours 16 minutes`. */
function durationText(locale: Locale, minutes: number): string {
  const whole = Math.max(0, Math.round(minutes));
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  const zh = locale === 'zh-CN';
  const unit = (n: number, zhUnit: string, one: string, many: string) =>
    zh ? `${n} ${zhUnit}` : `${n} ${n === 1 ? one : many}`;
  const parts = [
    ...(hours > 0 ? [unit(hours, '小时', 'hour', 'hours')] : []),
    ...(rest > 0 || hours === 0 ? [unit(rest, '分钟', 'minute', 'minutes')] : []),
  ];
  return parts.join(' ');
}

export function hasMessage(key: string): boolean {
  return key in catalog;
}
