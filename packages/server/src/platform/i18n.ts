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

/** Translates a message key with `{name}` placeholders; unknown keys come back as the key itself. */
export function translate(locale: Locale, key: string, params: Record<string, unknown> = {}): string {
  const entry = catalog[key];
  const template = entry?.[locale] ?? entry?.[DEFAULT_LOCALE] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function hasMessage(key: string): boolean {
  return key in catalog;
}
