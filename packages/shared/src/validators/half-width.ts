const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;
const FULL_WIDTH_OFFSET = 0xff01 - 0x21;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\u30FC]/g;

/**
 * Turns what a Chinese input method produces into plain ASCII where it matters for codes, phone numbers and
 * addresses: full-width letters, digits and punctuation (１３８, （０２１）, ＠), the ideographic space, and the
 * various dash characters (—, –, ー, −).
 * @example toHalfWidth('（０２１）１２３４－５６７８') === '(021)1234-5678'
 */
export function toHalfWidth(input: string): string {
  return input
    .replace(FULL_WIDTH_ASCII, (char) => String.fromCharCode(char.charCodeAt(0) - FULL_WIDTH_OFFSET))
    .replace(/\u3000/g, ' ')
    .replace(DASHES, '-');
}
