/**
 * The file name a `Content-Disposition` header gives, or null. RFC 6266: the RFC 5987 `filename*` (e.g.
 * `UTF-8''%E6%8A%A5%E4%BB%B7%E5%8D%95.pdf`, which carries any language) wins over the plain `filename`,
 * which servers keep ASCII for older clients.
 * @example fileNameFromDisposition(`attachment; filename="quote.pdf"; filename*=UTF-8''%E6%8A%A5%E4%BB%B7%E5%8D%95.pdf`) // '报价单.pdf'
 */
export function fileNameFromDisposition(header: string | null | undefined): string | null {
  if (!header) return null;
  const parameters = parametersOf(header);
  const extended = parameters.get('filename*');
  const decoded = extended === undefined ? null : decodeExtendedValue(extended);
  const name = withoutPath(decoded ?? parameters.get('filename') ?? '').trim();
  return name === '' ? null : name;
}

/** The header's parameters by lower-case name; quoted values unquoted (`\"` → `"`). */
function parametersOf(header: string): Map<string, string> {
  const parameters = new Map<string, string>();
  const pattern = /;\s*([^\s=;]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g;
  for (const match of header.matchAll(pattern)) {
    const name = match[1]!.toLowerCase();
    const value = match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : match[3]!.trim();
    if (!parameters.has(name)) parameters.set(name, value);
  }
  return parameters;
}

/** `charset'language'percent-encoded` (RFC 5987) → text; null when the charset is unknown or bytes are bad. */
function decodeExtendedValue(value: string): string | null {
  const match = /^([^']*)'[^']*'(.*)$/.exec(value);
  if (!match) return null;
  const charset = match[1]!.toLowerCase();
  const encoded = match[2]!;
  try {
    if (charset === 'utf-8') return decodeURIComponent(encoded);
    if (charset === 'iso-8859-1') {
      return encoded.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    }
  } catch {
    // Malformed percent-encoding: fall back to the plain name.
  }
  return null;
}

/** A name never carries folders (a browser would refuse or strip them anyway). */
function withoutPath(name: string): string {
  return name.split(/[\\/]/).pop() ?? '';
}
