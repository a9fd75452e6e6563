import { ReturnToPoolAction } from '../../lead-pools/components/ReturnToPoolAction.tsx';
import type { ObjectExtension } from '../../records/utils/object-extension.ts';
import { AssignmentHistoryTab } from '../components/AssignmentHistoryTab.tsx';

/** A lead: give it back to a pool from its page, and its 分配记录 tab (assignments and pool history). */
export const LEAD_ASSIGNMENT_EXTENSION: ObjectExtension = {
  RecordActions: ReturnToPoolAction,
  recordTabs: [
    { key: 'assignment', label: (t) => t('leadAssignment.history.tab'), Component: AssignmentHistoryTab },
  ],
};
