import { DuplicateWarning } from '../modules/duplicates/components/DuplicateWarning.tsx';
import { MergeAction } from '../modules/duplicates/components/MergeAction.tsx';
import { ConvertedLeadBanner } from '../modules/leads/components/ConvertedLeadBanner.tsx';
import { LeadActions } from '../modules/leads/components/LeadActions.tsx';
import { isConverted } from '../modules/leads/utils/lead-status.ts';
import type { ObjectExtension } from '../modules/records/utils/object-extension.ts';

/**
 * The features' extensions of the generated record pages, by object api name. A feature adds its object's
 * extension here; objects without one get the generic pages.
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
};

/** The extension of `object`, or an empty one. */
export function objectExtension(object: string): ObjectExtension {
  return OBJECT_EXTENSIONS[object] ?? {};
}
