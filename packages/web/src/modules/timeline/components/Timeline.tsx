import { Timeline as AntTimeline, Button, Empty, Skeleton } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../ui/QueryError.tsx';
import { useObjects } from '../../records/hooks/useObjects.ts';
import type { AnchorObject, TimelineRefs } from '../api/timeline.api.ts';
import { useLoadMoreOnScroll } from '../hooks/useLoadMoreOnScroll.ts';
import { useTimeline } from '../hooks/useTimeline.ts';
import { entryAppearance } from '../utils/entry-appearance.tsx';
import { TimelineEntryItem } from './TimelineEntryItem.tsx';
import './timeline.css';

/**
 * Everything that happened around a record, newest first: its own changes and those of every record linked
 * to it (follow-ups, tasks, opportunities, quotes, contracts, payments, tickets…), older pages loaded as the
 * user scrolls.
 */
export function Timeline({ object, recordId }: { object: AnchorObject; recordId: number }) {
  const { t } = useTranslation();
  const timeline = useTimeline(object, recordId);
  const objects = useObjects();
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = timeline;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  const sentinel = useLoadMoreOnScroll(loadMore, Boolean(hasNextPage));
  const pages = timeline.data?.pages;
  // Each page names what it mentions; later pages add names, never change them.
  const refs = useMemo<TimelineRefs>(() => {
    const merged: TimelineRefs = { records: {}, users: {} };
    for (const page of pages ?? []) {
      for (const [target, names] of Object.entries(page.refs.records))
        merged.records[target] = { ...merged.records[target], ...names };
      Object.assign(merged.users, page.refs.users);
    }
    return merged;
  }, [pages]);

  if (timeline.isError) return <QueryError error={timeline.error} onRetry={() => void timeline.refetch()} />;
  if (timeline.isLoading) return <Skeleton active paragraph={{ rows: 4 }} />;
  const entries = pages?.flatMap((page) => page.items) ?? [];
  if (entries.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('timeline.empty')} />;
  const definitionOf = (apiName: string) => objects.data?.find((o) => o.apiName === apiName);

  return (
    <div className="record-timeline" data-testid="record-timeline">
      <AntTimeline
        items={entries.map((entry) => {
          const { icon, color } = entryAppearance(entry);
          return {
            key: entry.id,
            color,
            dot: <span className={`timeline-dot timeline-dot--${color}`}>{icon}</span>,
            children: (
              <TimelineEntryItem entry={entry} refs={refs} object={definitionOf(entry.source.object)} />
            ),
          };
        })}
      />
      <div ref={sentinel} />
      {hasNextPage && (
        <Button block type="text" loading={isFetchingNextPage} onClick={loadMore}>
          {t('timeline.loadMore')}
        </Button>
      )}
    </div>
  );
}
