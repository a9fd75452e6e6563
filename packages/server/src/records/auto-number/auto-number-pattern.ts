import './auto-number.messages.ts';
import type { ZonedDateParts } from './zoned-date-parts.ts';

/**
 * The auto-number pattern language: literal text with placeholders in braces. Date placeholders `{YYYY}`,
 * `{YY}`, `{MM}`, `{DD}` take the date of creation; exactly one counter placeholder of zeros (`{0000}`) takes
 * the next number, zero-padded to the number of zeros and never cut when it outgrows them. Braces only
 * delimit placeholders, so literal text never contains one.
 */

export const AUTO_NUMBER_LIMITS = { maxPatternLength: 100, maxCounterWidth: 12 } as const;

export type DateToken = 'YYYY' | 'YY' | 'MM' | 'DD';

export type PatternPart =
  | { kind: 'text'; text: string }
  | { kind: 'date'; token: DateToken }
  | { kind: 'counter'; width: number };

/** A validated pattern: its parts in order, with exactly one counter. */
export interface AutoNumberPattern {
  source: string;
  parts: PatternPart[];
}

export type AutoNumberProblemCode =
  | 'autoNumber.invalid_pattern'
  | 'autoNumber.unknown_token'
  | 'autoNumber.missing_counter'
  | 'autoNumber.multiple_counters'
  | 'autoNumber.pattern_too_long'
  | 'autoNumber.counter_too_wide';

/** A problem found in a pattern; `code` is also the i18n key of its message. */
export interface AutoNumberProblem {
  code: AutoNumberProblemCode;
  params: Record<string, unknown>;
}

export type ParsedAutoNumberPattern =
  | { ok: true; pattern: AutoNumberPattern }
  | { ok: false; problems: AutoNumberProblem[] };

const DATE_TOKENS: readonly string[] = ['YYYY', 'YY', 'MM', 'DD'] satisfies DateToken[];
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it rejects
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
/** Stands for the counter in a sequence key; braces never occur in literal text, so it cannot collide. */
const COUNTER_IN_KEY = '{n}';

/**
 * Checks an untrusted pattern and splits it into parts, or returns every problem found; never throws.
 * @example parseAutoNumberPattern('HT-{YYYY}-{0000}')
 */
export function parseAutoNumberPattern(source: string): ParsedAutoNumberPattern {
  if (source.length > AUTO_NUMBER_LIMITS.maxPatternLength) {
    return fail('autoNumber.pattern_too_long', { max: AUTO_NUMBER_LIMITS.maxPatternLength });
  }
  if (CONTROL_CHARACTERS.test(source)) return fail('autoNumber.invalid_pattern', {});
  const problems: AutoNumberProblem[] = [];
  const parts: PatternPart[] = [];
  let counters = 0;
  for (const piece of source.split(/(\{[^{}]*\})/)) {
    if (piece === '') continue;
    if (!piece.startsWith('{')) {
      if (/[{}]/.test(piece)) return fail('autoNumber.invalid_pattern', {});
      parts.push({ kind: 'text', text: piece });
      continue;
    }
    const token = piece.slice(1, -1);
    if (DATE_TOKENS.includes(token)) {
      parts.push({ kind: 'date', token: token as DateToken });
    } else if (/^0+$/.test(token)) {
      counters += 1;
      if (token.length > AUTO_NUMBER_LIMITS.maxCounterWidth) {
        problems.push({
          code: 'autoNumber.counter_too_wide',
          params: { max: AUTO_NUMBER_LIMITS.maxCounterWidth },
        });
      }
      parts.push({ kind: 'counter', width: token.length });
    } else {
      problems.push({ code: 'autoNumber.unknown_token', params: { token: piece } });
    }
  }
  if (counters === 0) problems.push({ code: 'autoNumber.missing_counter', params: {} });
  if (counters > 1) problems.push({ code: 'autoNumber.multiple_counters', params: {} });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, pattern: { source, parts } };
}

function fail(code: AutoNumberProblemCode, params: Record<string, unknown>): ParsedAutoNumberPattern {
  return { ok: false, problems: [{ code, params }] };
}

/**
 * The key of the counter a number comes from: the scope and the pattern with its date placeholders filled
 * in, so that each distinct date prefix counts from 1 (`HT-2027-0001` starts over in 2027). The counter's
 * width is left out: widening `{000}` to `{0000}` continues the same count.
 * @example sequenceKeyOf('contract.number', pattern, date) // 'contract.number:HT-2026-'
 */
export function sequenceKeyOf(scope: string, pattern: AutoNumberPattern, date: ZonedDateParts): string {
  const rendered = renderParts(pattern, date, () => COUNTER_IN_KEY);
  const withoutTrailingCounter = rendered.endsWith(COUNTER_IN_KEY)
    ? rendered.slice(0, -COUNTER_IN_KEY.length)
    : rendered;
  return `${scope}:${withoutTrailingCounter}`;
}

/**
 * The number for counter value `value`, e.g. `HT-2026-0042`; a value wider than the counter keeps all digits.
 * @example formatAutoNumber(pattern, date, 42)
 */
export function formatAutoNumber(pattern: AutoNumberPattern, date: ZonedDateParts, value: number): string {
  return renderParts(pattern, date, (width) => String(value).padStart(width, '0'));
}

function renderParts(
  pattern: AutoNumberPattern,
  date: ZonedDateParts,
  counter: (width: number) => string,
): string {
  return pattern.parts
    .map((part) => {
      if (part.kind === 'text') return part.text;
      if (part.kind === 'counter') return counter(part.width);
      return dateTokenValue(part.token, date);
    })
    .join('');
}

function dateTokenValue(token: DateToken, date: ZonedDateParts): string {
  switch (token) {
    case 'YYYY':
      return date.year;
    case 'YY':
      return date.year.slice(-2);
    case 'MM':
      return date.month;
    case 'DD':
      return date.day;
  }
}
