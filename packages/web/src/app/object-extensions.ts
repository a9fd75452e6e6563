import type { ObjectExtension } from '../modules/records/utils/object-extension.ts';
import {
  ACCOUNT_360_EXTENSION,
  ACTIVITY_EXTENSION,
  TICKET_EXTENSION,
} from '../modules/timeline/utils/activity-extensions.ts';

/**
 * The features' extensions of the generated record pages, by object api name. A feature adds its object's
 * extension here; objects without one get the generic pages. Two features extending one object join their
 * parts with `combineExtensions` (modules/timeline/utils/combine-extensions.ts).
 */
export const OBJECT_EXTENSIONS: Partial<Record<string, ObjectExtension>> = {
  account: ACCOUNT_360_EXTENSION,
  contact: ACTIVITY_EXTENSION,
  opportunity: ACTIVITY_EXTENSION,
  lead: ACTIVITY_EXTENSION,
  ticket: TICKET_EXTENSION,
};

/** The extension of `object`, or an empty one. */
export function objectExtension(object: string): ObjectExtension {
  return OBJECT_EXTENSIONS[object] ?? {};
}
