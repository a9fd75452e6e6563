import { normalizeEmail } from '@lodestar/shared';
import { normalizedTextField } from './normalized-text.ts';

/** An email address, stored normalised. */
export const emailField = normalizedTextField({
  type: 'email',
  normalize: normalizeEmail,
  invalidCode: 'value.invalid_email',
  canBeUnique: true,
});
