import type { ObjectExtension } from '../../records/utils/object-extension.ts';
import { LeadStandingBanner } from '../components/LeadStandingBanner.tsx';

/** A lead's page opens with its owner and its first-response countdown. */
export const LEAD_RESPONSE_EXTENSION: ObjectExtension = { RecordBanner: LeadStandingBanner };
