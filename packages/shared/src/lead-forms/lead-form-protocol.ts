/**
 * What a web-to-lead form and the public submission endpoint agree on: the path of the endpoint and of the
 * embed script, the lead field types a form may ask for, and the keys a submission may carry besides the
 * form's fields (capture metadata and the honeypot).
 */

/** The public endpoint a form posts to. */
export function leadFormSubmitPath(token: string): string {
  return `/api/v1/public/lead-forms/${encodeURIComponent(token)}/submissions`;
}

/** The script that makes embedded forms post with `fetch` and show the thank-you text. */
export const LEAD_FORM_SCRIPT_PATH = '/api/v1/public/lead-forms/embed.js';

/** Lead field types a form can ask for: each has a plain HTML input. */
export const LEAD_FORM_FIELD_TYPES = [
  'text',
  'longText',
  'phone',
  'email',
  'url',
  'select',
  'number',
  'date',
  'boolean',
] as const;
export type LeadFormFieldType = (typeof LEAD_FORM_FIELD_TYPES)[number];

export function isLeadFormFieldType(type: string): type is LeadFormFieldType {
  return (LEAD_FORM_FIELD_TYPES as readonly string[]).includes(type);
}

/**
 * Lead fields the intake fills by itself (campaign and UTM values, referrer, source) or that a form never
 * asks a visitor for (status, owner-side fields).
 */
export const LEAD_FORM_EXCLUDED_FIELDS = [
  'status',
  'source',
  'referrer',
  'utmSource',
  'utmMedium',
  'utmCampaign',
  'utmTerm',
  'utmContent',
] as const;

/**
 * The honeypot: an input hidden from people that bots fill in. A submission that carries a value for it is
 * answered like a successful one and stored nowhere.
 */
export const LEAD_FORM_HONEYPOT = 'lf_website';

/** The page the form was submitted from (the embed script sends `location.href`). */
export const LEAD_FORM_PAGE_URL = 'lf_page';
/** The page that sent the visitor to the form's page (the embed script sends `document.referrer`). */
export const LEAD_FORM_REFERRER = 'lf_referrer';

/** UTM parameters as they appear in URLs and bodies, with the lead field each fills. */
export const UTM_PARAMETERS = {
  utm_source: 'utmSource',
  utm_medium: 'utmMedium',
  utm_campaign: 'utmCampaign',
  utm_term: 'utmTerm',
  utm_content: 'utmContent',
} as const;

/** Keys a submission may carry besides the form's fields. */
export const LEAD_FORM_RESERVED_KEYS: readonly string[] = [
  LEAD_FORM_HONEYPOT,
  LEAD_FORM_PAGE_URL,
  LEAD_FORM_REFERRER,
  ...Object.keys(UTM_PARAMETERS),
];

/** How intake treats a lead that matches an existing one (same phone, e-mail, or company and name). */
export const DUPLICATE_MODES = ['create', 'link', 'merge'] as const;
export type DuplicateMode = (typeof DUPLICATE_MODES)[number];
