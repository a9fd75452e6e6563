import { LEAD } from '../../metadata/built-in/lead.ts';

/** The value of a lead's `status` once converted; only the conversion action sets it. */
export const CONVERTED = 'converted';

/** Fields of a converted lead that stay editable: notes about it. */
const STILL_EDITABLE = new Set(['description']);

/**
 * The fields a converted lead keeps as they were at conversion (every built-in field but its notes): they
 * are the record of where the account, contact and opportunity came from (L-1).
 */
export const CONVERTED_LEAD_LOCKED_FIELDS: ReadonlySet<string> = new Set(
  LEAD.fields.map((field) => field.apiName).filter((name) => !STILL_EDITABLE.has(name)),
);
