import { Decimal, type DecimalInput } from './decimal.ts';
import { CNY_SCALE } from './money.ts';

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
/** Place names inside a group of four digits, from the thousands down. */
const PLACES = ['仟', '佰', '拾', ''];
const TEN_THOUSAND = 10_000n;
const HUNDRED_MILLION = 100_000_000n;

/**
 * The amount in Chinese capital numerals (人民币大写) as written on invoices, cheques and contracts, following
 * the usual rules of the 支付结算办法: 壹拾 keeps its 壹; a run of zeros inside the figure is one 零; zeros at
 * the end of a 万 or 亿 group are not written (100,1000 → 壹佰万壹仟); `整` follows 元 when there are no 角/分
 * and is left out after 角; 零 stands before 分 when 角 is zero; amounts below one 元 start at 角 or 分;
 * negatives are prefixed 负. There is no upper limit: groups go 万, 亿, 万亿, then 亿亿.
 * The amount may not carry non-zero digits below the 分 — round it first, so the words match the figures.
 * @example toChineseCapital('1001.00') === '壹仟零壹元整'
 */
export function toChineseCapital(amount: DecimalInput): string {
  const value = Decimal.from(amount);
  const fen = value.round(CNY_SCALE);
  if (!fen.equals(value)) throw new RangeError(`Amount has digits below the 分: ${value.toString()}`);
  const magnitude = fen.units < 0n ? -fen.units : fen.units;
  const yuan = magnitude / 100n;
  const jiao = Number((magnitude / 10n) % 10n);
  const cents = Number(magnitude % 10n);

  let words = '';
  if (yuan > 0n) words += `${writeInteger(yuan)}元`;
  if (jiao === 0 && cents === 0) words = yuan > 0n ? `${words}整` : '零元整';
  else {
    if (jiao > 0) words += `${DIGITS[jiao]}角`;
    else if (yuan > 0n) words += '零';
    if (cents > 0) words += `${DIGITS[cents]}分`;
  }
  return fen.isNegative() ? `负${words}` : words;
}

/** A positive integer in capital numerals, without 元. */
function writeInteger(value: bigint): string {
  if (value >= HUNDRED_MILLION) return writeAbove(value, HUNDRED_MILLION, '亿');
  if (value >= TEN_THOUSAND) return writeAbove(value, TEN_THOUSAND, '万');
  return writeGroup(Number(value));
}

/** `high` + unit + the rest, with one 零 when the rest does not reach the digit just below the unit. */
function writeAbove(value: bigint, unitValue: bigint, unit: string): string {
  const high = value / unitValue;
  const rest = value % unitValue;
  const head = `${writeInteger(high)}${unit}`;
  if (rest === 0n) return head;
  return `${head}${rest < unitValue / 10n ? '零' : ''}${writeInteger(rest)}`;
}

/** 1..9999 in capital numerals: zeros between digits collapse into one 零, trailing zeros are silent. */
function writeGroup(value: number): string {
  const digits = value.toString().padStart(4, '0');
  let words = '';
  let pendingZero = false;
  for (const [index, char] of [...digits].entries()) {
    const digit = Number(char);
    if (digit === 0) {
      pendingZero = words !== '';
      continue;
    }
    words += `${pendingZero ? '零' : ''}${DIGITS[digit]}${PLACES[index]}`;
    pendingZero = false;
  }
  return words;
}
