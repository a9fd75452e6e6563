import { PRICE_LIST_EXTENSION } from '../modules/catalogue/components/catalogue-extensions.ts';
import {
  CONTRACT_EXTENSION,
  OPPORTUNITY_CONTRACT_EXTENSION,
  PAYMENT_EXTENSION,
  PAYMENT_PLAN_EXTENSION,
  QUOTE_CONTRACT_EXTENSION,
} from '../modules/contracts/utils/contract-extension.ts';
import { DuplicateWarning } from '../modules/duplicates/components/DuplicateWarning.tsx';
import { MergeAction } from '../modules/duplicates/components/MergeAction.tsx';
import { ConvertedLeadBanner } from '../modules/leads/components/ConvertedLeadBanner.tsx';
import { LeadActions } from '../modules/leads/components/LeadActions.tsx';
import { isConverted } from '../modules/leads/utils/lead-status.ts';
import { withLineItemsTab } from '../modules/line-items/components/line-items-tab.ts';
import { NewQuoteButton } from '../modules/quotes/components/NewQuoteButton.tsx';
import { QUOTE_EXTENSION } from '../modules/quotes/components/quote-extensions.ts';
import type { ObjectExtension } from '../modules/records/utils/object-extension.ts';
import { combineObjectExtensions } from './combine-object-extensions.tsx';

/**
 * The features' extensions of the generated record pages, by object api name. A feature adds its object's
 * extension here; objects without one get the generic pages. Several features extending one object list
 * theirs in its `combineObjectExtensions(…)`.
 */
export const OBJECT_EXTENSIONS: Partial<Record<string, ObjectExtension>> = {
  lead: {
    RecordActions: LeadActions,
    RecordBanner: ConvertedLeadBanner,
    FormNotice: DuplicateWarning,
    editable: (lead) => !isConverted(lead),
  },
  account: { RecordActions: MergeAction, FormNotice: DuplicateWarning },
  contact: { RecordActions: MergeAction, FormNotice: DuplicateWarning },
  opportunity: combineObjectExtensions(
    withLineItemsTab({ RecordActions: NewQuoteButton }),
    OPPORTUNITY_CONTRACT_EXTENSION,
  ),
  quote: combineObjectExtensions(QUOTE_EXTENSION, QUOTE_CONTRACT_EXTENSION),
  contract: combineObjectExtensions(withLineItemsTab(), CONTRACT_EXTENSION),
  payment: PAYMENT_EXTENSION,
  paymentPlan: PAYMENT_PLAN_EXTENSION,
  priceList: PRICE_LIST_EXTENSION,
};

/** The extension of `object`, or an empty one. */
export function objectExtension(object: string): ObjectExtension {
  return OBJECT_EXTENSIONS[object] ?? {};
}
