import { DuplicateWarning } from '../../duplicates/components/DuplicateWarning.tsx';
import type { ObjectExtension } from '../../records/utils/object-extension.ts';
import { ConvertedLeadBanner } from '../components/ConvertedLeadBanner.tsx';
import { LeadActions } from '../components/LeadActions.tsx';
import { isConverted } from './lead-status.ts';

/** A lead: convert (and merge) from its page, a banner once converted, duplicates warned in its form. */
export const LEAD_EXTENSION: ObjectExtension = {
  RecordActions: LeadActions,
  RecordBanner: ConvertedLeadBanner,
  FormNotice: DuplicateWarning,
  editable: (lead) => !isConverted(lead),
};
