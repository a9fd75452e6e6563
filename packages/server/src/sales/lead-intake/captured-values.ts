import { isHttpUrl, LEAD_FORM_PAGE_URL, LEAD_FORM_REFERRER, UTM_PARAMETERS } from '@lodestar/shared';

/** Longest captured text kept (the lead's text fields take 255 characters). */
const TEXT_LENGTH = 255;

function parseUrl(value: string | undefined): URL | null {
  if (!value || !isHttpUrl(value)) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

const clip = (text: string) => [...text.trim()].slice(0, TEXT_LENGTH).join('');

/**
 * The lead values a web form submission carries without the visitor typing them: the UTM parameters — from
 * the body (hidden inputs the host page adds), else the query of the page the form was on, else that of the
 * referrer — and the referrer: the page that sent the visitor (`document.referrer`), else the form's page,
 * else the request's `Referer` header. Values that are no http(s) URL are dropped rather than refused: the
 * visitor did not type them.
 */
export function capturedValues(
  body: Record<string, string>,
  refererHeader: string | undefined,
): Record<string, string> {
  const page = parseUrl(body[LEAD_FORM_PAGE_URL]);
  const referrer = parseUrl(body[LEAD_FORM_REFERRER]);
  const values: Record<string, string> = {};
  for (const [parameter, field] of Object.entries(UTM_PARAMETERS)) {
    const value =
      body[parameter] || page?.searchParams.get(parameter) || referrer?.searchParams.get(parameter) || '';
    if (value.trim()) values[field] = clip(value);
  }
  const from = referrer ?? page ?? parseUrl(refererHeader);
  if (from) values.referrer = from.href;
  return values;
}
