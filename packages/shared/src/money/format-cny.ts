import type { Locale } from '../locales.ts';
import { Decimal, type DecimalInput } from './decimal.ts';
import { CNY_SCALE } from './money.ts';
import { powerOfTen } from './rounding.ts';

export interface FormatCnyOptions {
  locale?: Locale;
  /** Abbreviate large amounts: 万/亿/万亿 in zh-CN, K/M/B/T in en, with at most two fraction digits. */
  compact?: boolean;
}

interface CompactUnit {
  exponent: number;
  suffix: string;
}

/** Largest first. Chinese groups by 10^4 (万, 亿 = 万万, 万亿), English by 10^3. */
const COMPACT_UNITS: Record<Locale, CompactUnit[]> = {
  'zh-CN': [
    { exponent: 12, suffix: '万亿' },
    { exponent: 8, suffix: '亿' },
    { exponent: 4, suffix: '万' },
  ],
  en: [
    { exponent: 12, suffix: 'T' },
    { exponent: 9, suffix: 'B' },
    { exponent: 6, suffix: 'M' },
    { exponent: 3, suffix: 'K' },
  ],
};

const COMPACT_FRACTION_DIGITS = 2;

/**
 * A CNY amount for display, rounded half-up to the 分: `¥1,234,567.89`, `-¥0.50`, `¥0.00`. With `compact`,
 * amounts from 1万 (zh-CN) or 1K (en) are abbreviated: `¥123.46万`, `¥1.23亿`, `¥1.23M`; an amount that rounds
 * up to the next unit moves to it (`99,999,999` → `¥1亿`, not `¥10000万`).
 * @example formatCny('1234567.89', { compact: true }) === '¥123.46万'
 */
export function formatCny(
  amount: DecimalInput,
  { locale = 'zh-CN', compact = false }: FormatCnyOptions = {},
): string {
  const value = Decimal.from(amount);
  const sign = value.round(CNY_SCALE).isNegative() ? '-' : '';
  const magnitude = value.abs();
  if (compact) {
    const abbreviated = abbreviate(magnitude, COMPACT_UNITS[locale]);
    if (abbreviated !== null) return `${sign}¥${abbreviated}`;
  }
  return `${sign}¥${groupThousands(magnitude.toFixed(CNY_SCALE))}`;
}

function abbreviate(magnitude: Decimal, units: CompactUnit[]): string | null {
  const ascending = [...units].reverse();
  if (magnitude.lessThan(Decimal.fromUnits(powerOfTen(ascending[0]!.exponent), 0))) return null;
  let text = '';
  // From the smallest unit up, moving on only while the rounded figure reaches the next unit's threshold.
  for (const [index, { exponent, suffix }] of ascending.entries()) {
    const scaled = Decimal.fromUnits(magnitude.units, magnitude.scale + exponent)
      .round(COMPACT_FRACTION_DIGITS)
      .stripTrailingZeros();
    text = `${groupThousands(scaled.toString())}${suffix}`;
    const next = ascending[index + 1];
    if (!next || scaled.lessThan(Decimal.fromUnits(powerOfTen(next.exponent - exponent), 0))) break;
  }
  return text;
}

/** `1234567.89` → `1,234,567.89`; the text must be an unsigned plain decimal. */
function groupThousands(text: string): string {
  const [whole = '', fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
