import { normalizePhone } from '@lodestar/shared';
import { normalizedTextField } from './normalized-text.ts';

/** A mainland mobile or landline number (or a service number), stored normalised. */
export const phoneField = normalizedTextField({
  type: 'phone',
  normalize: normalizePhone,
  invalidCode: 'value.invalid_phone',
  canBeUnique: true,
});
