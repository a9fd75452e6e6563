import { toHalfWidth } from './half-width.ts';

const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^(?!-)[\p{L}\p{N}-]{1,63}(?<!-)$/u;
const TOP_LEVEL = /^(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/iu;

/**
 * Whether the input is an e-mail address as people actually use them: an ASCII local part (dots not leading,
 * trailing or doubled), `@`, and a domain of at least two labels whose last is alphabetic (internationalised
 * domains such as 例子.中国 included). Quoted local parts and IP-literal domains are refused on purpose.
 * @example isEmail('zhang.san@example.com.cn') === true
 */
export function isEmail(input: string): boolean {
  if (input.length > 254) return false;
  const at = input.lastIndexOf('@');
  if (at < 1) return false;
  const local = input.slice(0, at);
  const labels = input.slice(at + 1).split('.');
  return (
    local.length <= 64 &&
    LOCAL_PART.test(local) &&
    labels.length >= 2 &&
    labels.every((label) => DOMAIN_LABEL.test(label)) &&
    TOP_LEVEL.test(labels.at(-1)!)
  );
}

/**
 * The address trimmed, with full-width characters from a Chinese input method made ASCII (`＠`, `．`, `１`)
 * and the domain lower-cased; `null` when the result is not an address by `isEmail`.
 * @example normalizeEmail(' Li.Si＠Example.COM ') === 'Li.Si@example.com'
 */
export function normalizeEmail(input: string): string | null {
  const text = toHalfWidth(input)
    .replace(/\u3002/g, '.')
    .trim();
  if (!isEmail(text)) return null;
  const at = text.lastIndexOf('@');
  return `${text.slice(0, at)}@${text.slice(at + 1).toLowerCase()}`;
}
