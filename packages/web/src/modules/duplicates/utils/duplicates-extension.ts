import type { ObjectExtension } from '../../records/utils/object-extension.ts';
import { DuplicateWarning } from '../components/DuplicateWarning.tsx';
import { MergeAction } from '../components/MergeAction.tsx';

/** An account or contact: merge its duplicates from its page, duplicates warned in its form. */
export const DUPLICATES_EXTENSION: ObjectExtension = {
  RecordActions: MergeAction,
  FormNotice: DuplicateWarning,
};
