import { CheckCircleOutlined, CloseCircleOutlined } from '@ant-design/icons';
import { useDroppable } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import type { BoardStage } from '../api/board.api.ts';

/** Where a card is dropped to close it as won or lost. */
export function ClosedStageZone({ stage, active }: { stage: BoardStage; active: boolean }) {
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: `stage-${stage.id}`, data: { stage } });
  return (
    <div
      ref={setNodeRef}
      className={`kanban-closed kanban-closed--${stage.kind}${isOver ? ' is-over' : ''}${active ? ' is-active' : ''}`}
      data-stage={stage.name}
    >
      {stage.kind === 'won' ? <CheckCircleOutlined /> : <CloseCircleOutlined />}{' '}
      {t('kanban.dropToClose', { stage: stage.name })}
    </div>
  );
}
