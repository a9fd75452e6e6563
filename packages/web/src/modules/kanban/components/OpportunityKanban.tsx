import { lazy, Suspense } from 'react';
import { PageSpin } from '../../../ui/PageSpin.tsx';
import type { ListViewProps } from '../../records/utils/object-extension.ts';

const View = lazy(async () => ({
  default: (await import('./OpportunityKanbanView.tsx')).OpportunityKanbanView,
}));

/** The kanban view of the opportunity list, loaded (with drag and drop) only when first shown. */
export function OpportunityKanban(props: ListViewProps) {
  return (
    <Suspense fallback={<PageSpin />}>
      <View {...props} />
    </Suspense>
  );
}
