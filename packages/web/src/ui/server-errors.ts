import type { FormInstance } from 'antd';
import { ApiError } from '../api/client.ts';
import { i18n } from '../i18n/index.ts';

/**
 * Puts an API error on a form: each `errors[].field` the form has becomes that field's error message;
 * returns the message to show above the form for the rest (or null when every problem found its field).
 */
export function applyServerErrors(form: FormInstance, error: unknown): string | null {
  if (!(error instanceof ApiError)) return i18n.t('errors.unexpectedShort');
  const known = new Set(Object.keys(form.getFieldsValue(true) ?? {}));
  const placed: Array<{ name: (string | number)[]; errors: string[] }> = [];
  let unplaced = false;
  for (const problem of error.errors) {
    const path = problem.field.split('.').filter(Boolean);
    const [head] = path;
    if (head && known.has(head)) placed.push({ name: path, errors: [problem.message] });
    else unplaced = true;
  }
  if (placed.length) form.setFields(placed);
  return placed.length === 0 || unplaced ? error.detail : null;
}

/** The message of any error, for a toast. */
export function errorMessage(error: unknown): string {
  return error instanceof ApiError ? error.detail : i18n.t('errors.unexpectedShort');
}
