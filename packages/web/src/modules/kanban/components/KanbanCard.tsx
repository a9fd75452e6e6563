import { CalendarOutlined, UserOutlined } from '@ant-design/icons';
import { useDraggable } from '@dnd-kit/core';
import { formatCny, isLocale } from '@lodestar/shared';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { BoardCard } from '../api/board.api.ts';

/** An opportunity on the board: drag it to another stage, click its name to open it. */
export function KanbanCard({ card, disabled }: { card: BoardCard; disabled: boolean }) {
  const { i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'zh-CN';
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: `card-${card.id}`,
    data: { card },
    disabled,
  });
  const account = card['account.name'];
  const owner = card['owner.name'];
  return (
    <div
      ref={setNodeRef}
      className={`kanban-card${isDragging ? ' is-dragging' : ''}`}
      data-card={String(card.name ?? '')}
      {...attributes}
      {...listeners}
    >
      <Link
        to={`/o/opportunity/${card.id}`}
        className="kanban-card__name"
        onClick={(event) => isDragging && event.preventDefault()}
      >
        {String(card.name ?? `#${card.id}`)}
      </Link>
      {typeof account === 'string' && (
        <Typography.Text type="secondary" ellipsis className="kanban-card__account">
          {account}
        </Typography.Text>
      )}
      <div className="kanban-card__amount">
        {typeof card.amount === 'string' ? formatCny(card.amount, { locale, compact: true }) : '—'}
      </div>
      <div className="kanban-card__meta">
        <span>
          <CalendarOutlined /> {typeof card.closeDate === 'string' ? card.closeDate : '—'}
        </span>
        {typeof owner === 'string' && (
          <span>
            <UserOutlined /> {owner}
          </span>
        )}
      </div>
    </div>
  );
}
