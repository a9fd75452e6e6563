import { DEFAULT_LOCALE, isLocale, type Locale } from '@lodestar/shared';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { labelInSentence } from '../ui/format.ts';
import { en, zhCN } from './catalogs.ts';

/** Where the language chosen before sign-in (and the last one used) is remembered in the browser. */
const LOCALE_STORAGE_KEY = 'lodestar.locale';

const DAYJS_LOCALES: Record<Locale, string> = { 'zh-CN': 'zh-cn', en: 'en' };

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
  }
}

function readStoredLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

const initialLocale = readStoredLocale();
dayjs.locale(DAYJS_LOCALES[initialLocale]);
document.documentElement.lang = initialLocale;

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: initialLocale,
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: ['zh-CN', 'en'],
  interpolation: { escapeValue: false },
  returnNull: false,
});
// English writes an object's name in lower case inside a sentence ("New lead"): `{{object, inSentence}}`.
i18n.services.formatter?.add('inSentence', (value: unknown) => labelInSentence(String(value)));

/** The language the UI currently speaks. */
export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
}

/** Switches the UI language (texts, Ant Design, dates) and remembers it in this browser. */
export async function applyLocale(locale: Locale): Promise<void> {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Private mode or storage disabled: the language still applies for this page.
  }
  dayjs.locale(DAYJS_LOCALES[locale]);
  document.documentElement.lang = locale;
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
}

export { i18n };
