import { withLineItemsTab } from '../../line-items/components/line-items-tab.ts';
import type { ObjectExtension } from '../../records/utils/object-extension.ts';
import { QuoteActions } from './QuoteActions.tsx';
import { QuoteBanner } from './QuoteBanner.tsx';
import { QuoteLinesTab } from './QuoteLinesTab.tsx';
import { QuoteRevisions } from './QuoteRevisions.tsx';

/**
 * The quote page: status and next step above the tabs, actions in the header, lines first (discounts above
 * the approval threshold marked), sent revisions as a tab; edit and delete only while a draft.
 */
export const QUOTE_EXTENSION: ObjectExtension = withLineItemsTab(
  {
    RecordActions: QuoteActions,
    RecordBanner: QuoteBanner,
    recordTabs: [{ key: 'revisions', label: (t) => t('quotes.revisionsTab'), Component: QuoteRevisions }],
    editable: (record) => (record.status ?? 'draft') === 'draft',
  },
  QuoteLinesTab,
);
