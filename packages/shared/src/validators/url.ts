const HOST_NAME = /^(?:localhost|(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}\p{N}-]{2,})$/u;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/**
 * Whether the input is an absolute `http:` or `https:` URL with a plausible host (a dotted name, `localhost`,
 * an IPv4 or bracketed IPv6 address) and no whitespace. Other schemes (`javascript:`, `ftp:`, `data:`) are
 * refused, so the value is safe to render as a link.
 * @example isHttpUrl('https://www.example.com.cn/产品?id=1') === true
 */
export function isHttpUrl(input: string): boolean {
  if (input.length > 2048 || /\s/.test(input) || !/^https?:\/\//i.test(input)) return false;
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  // URL has already turned internationalised names into punycode; test what the user wrote as well.
  const written = input
    .slice(input.indexOf('//') + 2)
    .split(/[/?#]/, 1)[0]!
    .replace(/^[^@]*@/, '');
  const host = written.replace(/:\d{1,5}$/, '');
  return HOST_NAME.test(host) || IPV4.test(host) || (host.startsWith('[') && url.hostname.startsWith('['));
}
