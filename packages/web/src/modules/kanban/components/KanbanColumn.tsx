import { useDroppable } from '@dnd-kit/core';
import { formatCny, isLocale } from '@lodestar/shared';
import { App, Button, Empty, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../ui/server-errors.ts';
import { type BoardCard, type BoardColumn, type BoardQuery, boardApi } from '../api/board.api.ts';
import { KanbanCard } from './KanbanCard.tsx';

interface KanbanColumnProps {
  pipelineId: number;
  column: BoardColumn;
  query: BoardQuery;
  /** Cards cannot be moved (no update permission). */
  readOnly: boolean;
}

/** One open stage: its count and amount, its cards, and more of them page by page. */
export function KanbanColumn({ pipelineId, column, query, readOnly }: KanbanColumnProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const locale = isLocale(i18n.language) ? i18n.language : 'zh-CN';
  const { setNodeRef, isOver } = useDroppable({
    id: `stage-${column.stage.id}`,
    data: { stage: column.stage },
  });
  const [more, setMore] = useState<{ cards: BoardCard[]; cursor: string | null }>({
    cards: [],
    cursor: column.nextCursor,
  });
  const [loading, setLoading] = useState(false);
  // A reloaded board starts the column over from its first page.
  useEffect(() => setMore({ cards: [], cursor: column.nextCursor }), [column]);
  const cards = [
    ...column.cards,
    ...more.cards.filter((card) => !column.cards.some((c) => c.id === card.id)),
  ];
  const loadMore = async () => {
    if (!more.cursor) return;
    setLoading(true);
    try {
      const page = await boardApi.column(pipelineId, column.stage.id, { ...query, cursor: more.cursor });
      setMore((current) => ({ cards: [...current.cards, ...page.cards], cursor: page.nextCursor }));
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setLoading(false);
    }
  };
  return (
    <section
      ref={setNodeRef}
      className={`kanban-column${isOver ? ' is-over' : ''}`}
      data-stage={column.stage.name}
      aria-label={column.stage.name}
    >
      <header className="kanban-column__header">
        <div className="kanban-column__title">
          <Typography.Text strong>{column.stage.name}</Typography.Text>
          {column.stage.probability !== null && (
            <Tag>{t('kanban.probability', { value: column.stage.probability })}</Tag>
          )}
        </div>
        <div className="kanban-column__totals">
          <span data-testid="column-count">{t('kanban.count', { count: column.count })}</span>
          <span className="kanban-column__amount" title={formatCny(column.amount, { locale })}>
            {formatCny(column.amount, { locale, compact: true })}
          </span>
        </div>
      </header>
      <div className="kanban-column__cards">
        {cards.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('kanban.emptyColumn')} />
        ) : (
          cards.map((card) => <KanbanCard key={card.id} card={card} disabled={readOnly} />)
        )}
        {more.cursor && (
          <Button block type="link" loading={loading} onClick={() => void loadMore()}>
            {t('kanban.loadMore', { count: column.count - cards.length })}
          </Button>
        )}
      </div>
    </section>
  );
}
