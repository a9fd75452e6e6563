import { normalizeEmail, parseMainlandPhone, toHalfWidth } from '@lodestar/shared';

/**
 * Match keys: values normalised so that two records of the same company or person compare equal however
 * their company name, phone or e-mail was typed. Equal keys of the same kind make two records candidates
 * for a merge; they are hints, never proof.
 */

export const MATCH_KINDS = ['company', 'phone', 'email'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

/** One key of a record. */
export interface MatchKey {
  kind: MatchKind;
  key: string;
}

/** Bracketed parts of a company name that say nothing about which company it is: 西门子（中国）有限公司. */
const NEUTRAL_BRACKETS = /[([【]\s*(?:中国|china|集团|控股|group|holdings?)\s*[)\]】]/giu;

/** Separators and punctuation of any script (、，。·“”…) and spaces. */
const SEPARATORS = /[\s\p{P}\p{S}]+/u;

/** Legal-form words at the end of an English company name: Acme Co., Ltd. */
const ENGLISH_SUFFIXES = new Set([
  'co',
  'company',
  'corp',
  'corporation',
  'inc',
  'incorporated',
  'ltd',
  'limited',
  'llc',
  'plc',
  'gmbh',
  'ag',
  'sa',
  'group',
  'holding',
  'holdings',
]);

/** Legal-form endings of a Chinese company name, longest first so that the longest one goes. */
const CHINESE_SUFFIXES = [
  '股份有限公司',
  '有限责任公司',
  '集团有限公司',
  '有限公司',
  '责任公司',
  '股份公司',
  '集团公司',
  '总公司',
  '公司',
  '集团',
  '控股',
];

/** Fewer characters than this say too little about a company to match on. */
const MIN_COMPANY_KEY_LENGTH = 2;

/**
 * A company name reduced to what identifies the company: full-width characters made half-width, case
 * folded, spaces and punctuation dropped, neutral brackets such as （中国） removed, and legal-form endings
 * (有限公司, 股份有限公司, 集团, Co., Ltd.…) stripped while at least two characters remain. `null` when too
 * little is left to match on (a name made only of legal-form words).
 * @example companyMatchKey('华为技术（中国）有限公司') === companyMatchKey('华为技术') // '华为技术'
 */
export function companyMatchKey(name: string): string | null {
  const folded = toHalfWidth(name.normalize('NFKC')).toLowerCase().replace(NEUTRAL_BRACKETS, ' ');
  const words = folded.split(SEPARATORS).filter(Boolean);
  while (words.length > 0 && ENGLISH_SUFFIXES.has(words.at(-1)!)) words.pop();
  // Each stripped ending gives a shorter form. A name made only of endings (有限公司) has no key; one left
  // with a single character keeps its shortest form that says enough (A公司).
  const forms = [words.join('')];
  for (let form = forms[0]!; ; ) {
    const suffix = CHINESE_SUFFIXES.find((ending) => form.endsWith(ending));
    if (!suffix) break;
    form = form.slice(0, -suffix.length);
    forms.push(form);
  }
  if (forms.at(-1) === '') return null;
  return forms.reverse().find((form) => [...form].length >= MIN_COMPANY_KEY_LENGTH) ?? null;
}

/**
 * A phone number as digits that identify the line: a mobile's 11 digits (a `+86`/`0086` prefix dropped), a
 * landline's area code and number without extension (`010-12345678`, the switchboard of every extension), a
 * 400/800 service number. Mobile and landline keys never collide. `null` when it is not a mainland number.
 * @example phoneMatchKey('+86 138 0013 8000') === phoneMatchKey('13800138000')
 */
export function phoneMatchKey(phone: string): string | null {
  const parsed = parseMainlandPhone(phone);
  if (!parsed) return null;
  if (parsed.kind === 'landline') return `${parsed.areaCode}-${parsed.number}`;
  return parsed.value;
}

/**
 * An e-mail address trimmed, made half-width and lower-cased as a whole (mail systems treat the local part
 * case-insensitively in practice). `null` when it is not an address.
 */
export function emailMatchKey(email: string): string | null {
  return normalizeEmail(email)?.toLowerCase() ?? null;
}

const KEY_OF: Record<MatchKind, (value: string) => string | null> = {
  company: companyMatchKey,
  phone: phoneMatchKey,
  email: emailMatchKey,
};

/** The key of one value of a kind; `null` for an empty or unusable value. */
export function matchKeyOf(kind: MatchKind, value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  // A record's keys are read more than once per write (to find its duplicates, then to store them).
  const remembered = recentKeys.get(`${kind}\u0000${value}`);
  if (remembered !== undefined) return remembered;
  const key = KEY_OF[kind](value);
  if (recentKeys.size >= RECENT_KEYS) recentKeys.clear();
  recentKeys.set(`${kind}\u0000${value}`, key);
  return key;
}

/** Keys of the values normalised last (the normalisations are pure): at most this many are kept. */
const RECENT_KEYS = 1000;
const recentKeys = new Map<string, string | null>();
