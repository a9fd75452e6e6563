import {
  CONTRACT_EXTENSION,
  OPPORTUNITY_CONTRACT_EXTENSION,
  PAYMENT_EXTENSION,
  PAYMENT_PLAN_EXTENSION,
  QUOTE_CONTRACT_EXTENSION,
} from '../modules/contracts/utils/contract-extension.ts';
import type { ObjectExtension } from '../modules/records/utils/object-extension.ts';
import { combineObjectExtensions } from './combine-object-extensions.tsx';

/**
 * The features' extensions of the generated record pages, by object api name. A feature adds its object's
 * extension here; objects without one get the generic pages. Several features extending one object list
 * theirs in its `combineObjectExtensions(…)`.
 */
export const OBJECT_EXTENSIONS: Partial<Record<string, ObjectExtension>> = {
  contract: CONTRACT_EXTENSION,
  payment: PAYMENT_EXTENSION,
  paymentPlan: PAYMENT_PLAN_EXTENSION,
  opportunity: combineObjectExtensions(OPPORTUNITY_CONTRACT_EXTENSION),
  quote: combineObjectExtensions(QUOTE_CONTRACT_EXTENSION),
};

/** The extension of `object`, or an empty one. */
export function objectExtension(object: string): ObjectExtension {
  return OBJECT_EXTENSIONS[object] ?? {};
}
