import type { Locale } from '../locales.ts';
import {
  LEAD_FORM_HONEYPOT,
  LEAD_FORM_SCRIPT_PATH,
  type LeadFormFieldType,
  leadFormSubmitPath,
} from './lead-form-protocol.ts';

/** One input of an embedded form, with its label in the form's language. */
export interface SnippetField {
  field: string;
  type: LeadFormFieldType;
  label: string;
  required: boolean;
  /** Choices of a select field, labelled in the form's language. */
  choices?: Array<{ value: string; label: string }>;
  /** Longest text the field takes (text-like types). */
  maxLength?: number;
}

export interface SnippetInput {
  /** Origin the server is reached at, e.g. `https://crm.example.com` (no trailing slash). */
  baseUrl: string;
  token: string;
  language: Locale;
  fields: SnippetField[];
  submitLabel: string;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for HTML content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

const INPUT_TYPES: Partial<Record<LeadFormFieldType, string>> = {
  text: 'text',
  phone: 'tel',
  email: 'email',
  url: 'url',
  number: 'number',
  date: 'date',
};

const AUTOCOMPLETE: Record<string, string> = {
  name: 'name',
  company: 'organization',
  title: 'organization-title',
  phone: 'tel',
  email: 'email',
};

/** Styles scoped to the form's class, so that the host page's own styles stay untouched. */
const STYLE = [
  '.lodestar-lead-form{max-width:480px;font-family:system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;font-size:14px;color:#1f1f1f}',
  '.lodestar-lead-form .lf-row{margin:0 0 12px}',
  '.lodestar-lead-form label{display:block;margin:0 0 4px;font-weight:500}',
  '.lodestar-lead-form .lf-required{color:#cf1322;margin-left:2px}',
  '.lodestar-lead-form input,.lodestar-lead-form select,.lodestar-lead-form textarea{box-sizing:border-box;width:100%;padding:6px 10px;border:1px solid #d9d9d9;border-radius:6px;font:inherit}',
  '.lodestar-lead-form input[type=checkbox]{width:auto}',
  '.lodestar-lead-form textarea{min-height:72px}',
  '.lodestar-lead-form .lf-error{color:#cf1322;font-size:12px;margin-top:2px}',
  '.lodestar-lead-form button{padding:6px 20px;border:0;border-radius:6px;background:#1677ff;color:#fff;font:inherit;cursor:pointer}',
  '.lodestar-lead-form button[disabled]{opacity:.6;cursor:default}',
  '.lodestar-lead-form .lf-message{margin:12px 0 0}',
  '.lodestar-lead-form .lf-hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}',
].join('');

function inputHtml(field: SnippetField, id: string): string {
  const name = escapeHtml(field.field);
  const required = field.required ? ' required' : '';
  const maxLength = field.maxLength ? ` maxlength="${field.maxLength}"` : '';
  const autocomplete = AUTOCOMPLETE[field.field] ? ` autocomplete="${AUTOCOMPLETE[field.field]}"` : '';
  switch (field.type) {
    case 'longText':
      return `<textarea id="${id}" name="${name}"${maxLength}${required}></textarea>`;
    case 'select': {
      const options = (field.choices ?? [])
        .map((choice) => `<option value="${escapeHtml(choice.value)}">${escapeHtml(choice.label)}</option>`)
        .join('');
      return `<select id="${id}" name="${name}"${required}><option value=""></option>${options}</select>`;
    }
    case 'boolean':
      return `<input id="${id}" name="${name}" type="checkbox" value="true"${required}>`;
    default:
      return `<input id="${id}" name="${name}" type="${INPUT_TYPES[field.type] ?? 'text'}"${maxLength}${autocomplete}${required}>`;
  }
}

/**
 * The HTML an admin pastes into a web page: a plain form that posts to the public endpoint (it works, as a
 * form-encoded post, even without the script), the honeypot input, and the embed script, which posts with
 * `fetch`, adds the page address and referrer, and shows the thank-you text or the per-field messages.
 * Every admin-written text is HTML-escaped.
 * @example leadFormSnippet({ baseUrl: 'https://crm.example.com', token, language: 'zh-CN', fields, submitLabel: '提交' })
 */
export function leadFormSnippet(input: SnippetInput): string {
  const base = input.baseUrl.replace(/\/+$/, '');
  const prefix = `lf-${input.token.slice(0, 8).replace(/[^A-Za-z0-9_-]/g, '')}`;
  const rows = input.fields.map((field) => {
    const id = `${prefix}-${escapeHtml(field.field)}`;
    const mark = field.required ? '<span class="lf-required">*</span>' : '';
    const label = `<label for="${id}">${escapeHtml(field.label)}${mark}</label>`;
    const error = `<div class="lf-error" data-lodestar-error="${escapeHtml(field.field)}"></div>`;
    return `  <div class="lf-row">${label}${inputHtml(field, id)}${error}</div>`;
  });
  return [
    `<style>${STYLE}</style>`,
    `<form class="lodestar-lead-form" data-lodestar-form lang="${input.language}" method="post" action="${escapeHtml(base + leadFormSubmitPath(input.token))}">`,
    ...rows,
    `  <div class="lf-hp" aria-hidden="true"><input name="${LEAD_FORM_HONEYPOT}" tabindex="-1" autocomplete="off"></div>`,
    `  <button type="submit">${escapeHtml(input.submitLabel)}</button>`,
    '  <p class="lf-message" role="status" hidden></p>',
    '</form>',
    `<script src="${escapeHtml(base + LEAD_FORM_SCRIPT_PATH)}" async></script>`,
  ].join('\n');
}
