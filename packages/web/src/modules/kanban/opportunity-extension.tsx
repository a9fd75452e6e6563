import { ProjectOutlined } from '@ant-design/icons';
import { lazy, Suspense } from 'react';
import type { ObjectExtension, RecordExtensionProps } from '../records/utils/object-extension.ts';
import { OpportunityKanban } from './components/OpportunityKanban.tsx';

const LazyStageProgressBanner = lazy(async () => ({
  default: (await import('./components/StageProgressBanner.tsx')).StageProgressBanner,
}));

/** The stage bar, loaded on first use so that record pages of other objects stay light. */
function StageProgress(props: RecordExtensionProps) {
  return (
    <Suspense fallback={null}>
      <LazyStageProgressBanner {...props} />
    </Suspense>
  );
}

/** What pipelines add to the opportunity pages: the kanban view of the list, the stage bar of a record. */
export const OPPORTUNITY_PIPELINE_EXTENSION: ObjectExtension = {
  listViews: [
    {
      key: 'kanban',
      label: (t) => t('kanban.view'),
      icon: <ProjectOutlined />,
      Component: OpportunityKanban,
    },
  ],
  RecordBanner: StageProgress,
};
