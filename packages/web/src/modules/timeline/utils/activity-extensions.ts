import { AccountOverviewTab } from '../../account-overview/components/AccountOverviewTab.tsx';
import type { ObjectExtension } from '../../records/utils/object-extension.ts';
import { TicketActions } from '../../tickets/components/TicketActions.tsx';
import { ActivityActions } from '../components/ActivityActions.tsx';
import { ActivityTab } from '../components/ActivityTab.tsx';

/** A contact, opportunity or lead: log a follow-up or add a task from its page, and its activity tab. */
export const ACTIVITY_EXTENSION: ObjectExtension = {
  RecordActions: ActivityActions,
  recordTabs: [{ key: 'activity', label: (t) => t('timeline.tab'), Component: ActivityTab }],
};

/** An account: the same actions, and the 360° overview (its timeline included) as the first tab. */
export const ACCOUNT_360_EXTENSION: ObjectExtension = {
  RecordActions: ActivityActions,
  recordTabs: [
    { key: 'overview', label: (t) => t('accountOverview.tab'), Component: AccountOverviewTab, first: true },
  ],
};

/** A service ticket: its status flow as actions (start, resolve, close, reopen). */
export const TICKET_EXTENSION: ObjectExtension = { RecordActions: TicketActions };
