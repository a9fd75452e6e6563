import { toHalfWidth } from './half-width.ts';

/** A mainland phone number in canonical form. */
export type MainlandPhone =
  | { kind: 'mobile'; value: string }
  | { kind: 'landline'; value: string; areaCode: string; number: string; extension: string | null }
  | { kind: 'service'; value: string };

const MOBILE = /^1[3-9]\d{9}$/;
/** 010 and 020–029 are the three-digit area codes; every other area code has four digits (0[3-9]xx). */
const AREA_CODE = /^(0(?:10|2\d)|0[3-9]\d{2})/;
const LOCAL_NUMBER = /^[1-9]\d{6,7}$/;
const EXTENSION_MARK = /\s*(?:转|分机|ext\.?|x|#|,)\s*(\d{1,6})$/i;

/**
 * Strips what people type around a number: full-width characters, spaces, dashes, dots and the `+86`,
 * `0086` or `86` country prefix. Returns the digits and whether a country prefix was present.
 */
function stripPhone(input: string): { digits: string; international: boolean } | null {
  const text = toHalfWidth(input).trim();
  if (!/^[+\d\s\-().]+$/.test(text)) return null;
  let digits = text.replace(/[\s\-().]/g, '');
  let international = false;
  if (digits.startsWith('+')) {
    if (!digits.startsWith('+86')) return null;
    digits = digits.slice(3);
    international = true;
  } else if (digits.startsWith('0086')) {
    digits = digits.slice(4);
    international = true;
  } else if (digits.startsWith('86') && digits.length === 13) {
    digits = digits.slice(2);
    international = true;
  }
  return /^\d+$/.test(digits) ? { digits, international } : null;
}

/**
 * The 11-digit form of a mainland mobile number (1[3-9] and nine digits), accepting a `+86`/`86` prefix,
 * spaces, dashes and full-width digits; `null` when it is not one.
 * @example normalizeMainlandMobile('+86 138-0013-8000') === '13800138000'
 */
export function normalizeMainlandMobile(input: string): string | null {
  const stripped = stripPhone(input);
  return stripped && MOBILE.test(stripped.digits) ? stripped.digits : null;
}

/** Whether the input is a mainland mobile number, in any of the forms `normalizeMainlandMobile` accepts. */
export function isMainlandMobile(input: string): boolean {
  return normalizeMainlandMobile(input) !== null;
}

/** Area code and number of a landline written without extension, or `null`. */
function parseLandlineDigits(text: string): { areaCode: string; number: string } | null {
  const stripped = stripPhone(text);
  if (!stripped) return null;
  let { digits } = stripped;
  // A landline never starts with 8, so a leading 86 is the country code even without `+`.
  const international = stripped.international || digits.startsWith('86');
  if (international && !stripped.international) digits = digits.slice(2);
  // Written internationally the area code loses its 0 (+86 21 …), though some keep it as (0).
  if (international && !digits.startsWith('0')) digits = `0${digits}`;
  const area = AREA_CODE.exec(digits);
  if (!area) return null;
  const number = digits.slice(area[1]!.length);
  return LOCAL_NUMBER.test(number) ? { areaCode: area[1]!, number } : null;
}

/**
 * Parses a mainland landline: area code (010, 02x or a four-digit 0xxx), a 7–8 digit number, an optional
 * extension after 转, 分机, ext, x, # or as a third dash-separated group. Spaces, dashes, parentheses and a
 * `+86` prefix (after which the area code drops its 0) are accepted. `null` when it is not one.
 * @example parseMainlandLandline('（０２１）１２３４５６７８')?.value === '021-12345678'
 */
export function parseMainlandLandline(input: string): Extract<MainlandPhone, { kind: 'landline' }> | null {
  const text = toHalfWidth(input).trim();
  const landline = (base: { areaCode: string; number: string } | null, extension: string | null) =>
    base
      ? {
          kind: 'landline' as const,
          value: `${base.areaCode}-${base.number}${extension ? `-${extension}` : ''}`,
          ...base,
          extension,
        }
      : null;

  const marked = EXTENSION_MARK.exec(text);
  if (marked) return landline(parseLandlineDigits(text.slice(0, marked.index)), marked[1]!);
  const whole = parseLandlineDigits(text);
  if (whole) return landline(whole, null);
  // Unmarked, an extension is recognisable only as a separate last group: 0755-1234567-123.
  const groups = text.split(/[\s-]+/).filter(Boolean);
  const last = groups.at(-1) ?? '';
  if (groups.length < 3 || !/^\d{1,6}$/.test(last)) return null;
  return landline(parseLandlineDigits(groups.slice(0, -1).join(' ')), last);
}

/** Whether the input is a mainland landline number (see `parseMainlandLandline` for the accepted forms). */
export function isMainlandLandline(input: string): boolean {
  return parseMainlandLandline(input) !== null;
}

const SERVICE_NUMBER = /^([48]00)(\d{3})(\d{4})$/;

/**
 * A nationwide service number (400/800 followed by seven digits), which companies publish as their
 * contact number, in the form `400-820-8820`; `null` when it is not one.
 */
export function normalizeServiceNumber(input: string): string | null {
  const stripped = stripPhone(input);
  const match = stripped && !stripped.international ? SERVICE_NUMBER.exec(stripped.digits) : null;
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

/**
 * A mainland mobile, landline or 400/800 service number in canonical form, or `null`. Mobile numbers are
 * tried first.
 */
export function parseMainlandPhone(input: string): MainlandPhone | null {
  const mobile = normalizeMainlandMobile(input);
  if (mobile) return { kind: 'mobile', value: mobile };
  const service = normalizeServiceNumber(input);
  if (service) return { kind: 'service', value: service };
  return parseMainlandLandline(input);
}

/**
 * The canonical form of a mainland phone number — 11 digits for a mobile (`13800138000`), `area-number` or
 * `area-number-extension` for a landline (`010-12345678`, `0755-1234567-123`), `400-xxx-xxxx` for a service
 * number — or `null` when it is none of these.
 */
export function normalizePhone(input: string): string | null {
  return parseMainlandPhone(input)?.value ?? null;
}
