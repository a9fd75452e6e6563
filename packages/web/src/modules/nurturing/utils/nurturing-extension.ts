import type { ObjectExtension } from '../../records/utils/object-extension.ts';
import { LeadNurturingActions } from '../components/LeadNurturingActions.tsx';
import { NurturingTab } from '../components/NurturingTab.tsx';

/** A lead: send it an email, mark it engaged while pooled, and its 培育邮件 tab. */
export const NURTURING_EXTENSION: ObjectExtension = {
  RecordActions: LeadNurturingActions,
  recordTabs: [{ key: 'nurturing', label: (t) => t('nurturing.tab'), Component: NurturingTab }],
};
