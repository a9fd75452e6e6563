/**
 * Allowed origins of a form. An entry is `*` (any site) or a web origin — scheme, host and port, the way a
 * browser sends it in the `Origin` header (`https://www.example.com`, `http://127.0.0.1:8080`).
 */

/** The origin as stored (`https://www.example.com/` → `https://www.example.com`), or null when it is none. */
export function normalizeOrigin(input: string): string | null {
  const text = input.trim();
  if (text === '*') return '*';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== ''))
    return null;
  return url.origin;
}

/**
 * Whether a browser request from `origin` may submit the form. A request without `Origin` is not a
 * cross-site browser request (a server-to-server post, a same-origin page) and is let through; the origin
 * the server itself is reached at always may (the preview in the settings).
 */
export function originAllowed(
  allowedOrigins: readonly string[],
  origin: string | undefined,
  selfOrigin: string,
): boolean {
  if (origin === undefined) return true;
  if (origin === selfOrigin || allowedOrigins.includes('*')) return true;
  const normalized = normalizeOrigin(origin);
  return normalized !== null && normalized !== '*' && allowedOrigins.includes(normalized);
}
