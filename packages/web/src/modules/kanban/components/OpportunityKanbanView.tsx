import { Empty, Flex, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageSpin } from '../../../ui/PageSpin.tsx';
import { QueryError } from '../../../ui/QueryError.tsx';
import { usePipelines } from '../../pipelines/hooks/usePipelines.ts';
import type { ListViewProps } from '../../records/utils/object-extension.ts';
import { useCan } from '../../session/hooks/useCan.ts';
import { BOARD_QUERY_KEY } from '../api/board.api.ts';
import { useBoard } from '../hooks/useBoard.ts';
import { KanbanBoard } from './KanbanBoard.tsx';
import './kanban.css';

const PIPELINE_STORAGE_KEY = 'lodestar.kanban.pipeline';

function storedPipeline(): number | undefined {
  try {
    const value = Number(window.localStorage.getItem(PIPELINE_STORAGE_KEY));
    return Number.isSafeInteger(value) && value > 0 ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The opportunity list as a kanban: a pipeline switcher and the pipeline's board (the list's search and filter apply). */
export function OpportunityKanbanView({ q, filter }: ListViewProps) {
  const { t } = useTranslation();
  const can = useCan();
  const pipelines = usePipelines();
  const [chosen, setChosen] = useState<number | undefined>(storedPipeline);
  const list = pipelines.data ?? [];
  const pipelineId = list.some((p) => p.id === chosen) ? chosen : list[0]?.id;
  const query = { q, filter, limit: 20 };
  const board = useBoard(pipelineId, query);
  useEffect(() => {
    try {
      if (chosen !== undefined) window.localStorage.setItem(PIPELINE_STORAGE_KEY, String(chosen));
    } catch {
      // Storage disabled: the choice lasts for this page.
    }
  }, [chosen]);

  if (pipelines.isError)
    return <QueryError error={pipelines.error} onRetry={() => void pipelines.refetch()} />;
  if (pipelines.isPending) return <PageSpin />;
  if (list.length === 0 || pipelineId === undefined) return <Empty description={t('kanban.noPipeline')} />;
  return (
    <Flex vertical gap={12} className="kanban-view">
      <Flex align="center" gap={8} wrap>
        <Typography.Text type="secondary">{t('kanban.pipeline')}</Typography.Text>
        <Select<number>
          value={pipelineId}
          onChange={setChosen}
          style={{ minWidth: 220 }}
          aria-label={t('kanban.pipeline')}
          options={list.map((p) => ({
            value: p.id,
            label: p.isDefault ? t('kanban.defaultPipeline', { name: p.name }) : p.name,
          }))}
        />
        {board.data && (
          <Typography.Text type="secondary">
            {t('kanban.summary', { count: board.data.columns.reduce((n, c) => n + c.count, 0) })}
          </Typography.Text>
        )}
      </Flex>
      {board.isError ? (
        <QueryError error={board.error} onRetry={() => void board.refetch()} />
      ) : board.data ? (
        <KanbanBoard
          board={board.data}
          boardKey={[...BOARD_QUERY_KEY, pipelineId, query]}
          query={query}
          readOnly={!can('opportunity', 'update')}
        />
      ) : (
        <PageSpin />
      )}
    </Flex>
  );
}
