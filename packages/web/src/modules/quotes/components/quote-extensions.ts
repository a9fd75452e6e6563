import { withLineItemsTab } from '../../line-items/components/line-items-tab.ts';
import type { ObjectExtension } from '../../records/utils/object-extension.ts';
import { QuoteActions } from './QuoteActions.tsx';
import { QuoteRevisions } from './QuoteRevisions.tsx';

/** The quote page: lines first, actions in the header, revisions as a tab; edit only while a draft. */
export const QUOTE_EXTENSION: ObjectExtension = withLineItemsTab({
  RecordActions: QuoteActions,
  recordTabs: [{ key: 'revisions', label: (t) => t('quotes.revisionsTab'), Component: QuoteRevisions }],
  editable: (record) => (record.status ?? 'draft') === 'draft',
});
