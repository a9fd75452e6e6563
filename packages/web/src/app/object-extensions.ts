import { PRICE_LIST_EXTENSION } from '../modules/catalogue/components/catalogue-extensions.ts';
import {
  CONTRACT_EXTENSION,
  OPPORTUNITY_CONTRACT_EXTENSION,
  PAYMENT_EXTENSION,
  PAYMENT_PLAN_EXTENSION,
  QUOTE_CONTRACT_EXTENSION,
} from '../modules/contracts/utils/contract-extension.ts';
import { DUPLICATES_EXTENSION } from '../modules/duplicates/utils/duplicates-extension.ts';
import { OPPORTUNITY_PIPELINE_EXTENSION } from '../modules/kanban/opportunity-extension.tsx';
import { LEAD_ASSIGNMENT_EXTENSION } from '../modules/lead-assignment/utils/lead-assignment-extension.ts';
import { LEAD_RESPONSE_EXTENSION } from '../modules/lead-response/utils/lead-response-extension.ts';
import { LEAD_EXTENSION } from '../modules/leads/utils/lead-extension.ts';
import { withLineItemsTab } from '../modules/line-items/components/line-items-tab.ts';
import { NURTURING_EXTENSION } from '../modules/nurturing/utils/nurturing-extension.ts';
import { NewQuoteButton } from '../modules/quotes/components/NewQuoteButton.tsx';
import { QUOTE_EXTENSION } from '../modules/quotes/components/quote-extensions.ts';
import type { ObjectExtension } from '../modules/records/utils/object-extension.ts';
import {
  ACCOUNT_360_EXTENSION,
  ACTIVITY_EXTENSION,
  TICKET_EXTENSION,
} from '../modules/timeline/utils/activity-extensions.ts';
import { combineObjectExtensions } from './combine-object-extensions.tsx';

/**
 * The features' extensions of the generated record pages, by object api name. A feature adds its object's
 * extension here; objects without one get the generic pages. Several features extending one object list
 * theirs in its `combineObjectExtensions(…)`, in the order their actions and tabs should show.
 */
export const OBJECT_EXTENSIONS: Partial<Record<string, ObjectExtension>> = {
  lead: combineObjectExtensions(
    LEAD_EXTENSION,
    LEAD_RESPONSE_EXTENSION,
    ACTIVITY_EXTENSION,
    LEAD_ASSIGNMENT_EXTENSION,
    NURTURING_EXTENSION,
  ),
  account: combineObjectExtensions(ACCOUNT_360_EXTENSION, DUPLICATES_EXTENSION),
  contact: combineObjectExtensions(ACTIVITY_EXTENSION, DUPLICATES_EXTENSION),
  opportunity: combineObjectExtensions(
    OPPORTUNITY_PIPELINE_EXTENSION,
    withLineItemsTab({ RecordActions: NewQuoteButton }),
    OPPORTUNITY_CONTRACT_EXTENSION,
    ACTIVITY_EXTENSION,
  ),
  quote: combineObjectExtensions(QUOTE_EXTENSION, QUOTE_CONTRACT_EXTENSION),
  contract: combineObjectExtensions(withLineItemsTab(), CONTRACT_EXTENSION),
  payment: PAYMENT_EXTENSION,
  paymentPlan: PAYMENT_PLAN_EXTENSION,
  priceList: PRICE_LIST_EXTENSION,
  ticket: TICKET_EXTENSION,
};

/** The extension of `object`, or an empty one. */
export function objectExtension(object: string): ObjectExtension {
  return OBJECT_EXTENSIONS[object] ?? {};
}
