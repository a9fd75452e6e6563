import { CheckCircleOutlined, CloseCircleOutlined } from '@ant-design/icons';
import { useDroppable } from '@dnd-kit/core';
import type { BoardStage } from '../api/board.api.ts';

/** Where a card is dropped to close it as won or lost. */
export function ClosedStageZone({ stage, active }: { stage: BoardStage; active: boolean }) {
  const { setNodeRef, isOver } = useDroppable({ id: `stage-${stage.id}`, data: { stage } });
  return (
    <div
      ref={setNodeRef}
      className={`kanban-closed kanban-closed--${stage.kind}${isOver ? ' is-over' : ''}${active ? ' is-active' : ''}`}
      data-stage={stage.name}
    >
      {stage.kind === 'won' ? <CheckCircleOutlined /> : <CloseCircleOutlined />} {stage.name}
    </div>
  );
}
