import { isHttpUrl } from '@lodestar/shared';
import { normalizedTextField } from './normalized-text.ts';

/** An http(s) URL, safe to render as a link. */
export const urlField = normalizedTextField({
  type: 'url',
  normalize: (input) => {
    const trimmed = input.trim();
    return isHttpUrl(trimmed) ? trimmed : null;
  },
  invalidCode: 'value.invalid_url',
  canBeUnique: false,
});
