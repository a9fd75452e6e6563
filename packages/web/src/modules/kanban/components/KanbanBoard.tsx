import {
  DndContext,
  type DragEndEvent,
  DragOverlay,
  type DragStartEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client.ts';
import { problemText } from '../../pipelines/utils/problem-text.ts';
import type { Board, BoardCard, BoardQuery, BoardStage } from '../api/board.api.ts';
import { type OpportunityMove, useMoveOpportunity } from '../hooks/useMoveOpportunity.ts';
import { ClosedStageZone } from './ClosedStageZone.tsx';
import { KanbanCard } from './KanbanCard.tsx';
import { KanbanColumn } from './KanbanColumn.tsx';
import { LossReasonModal } from './LossReasonModal.tsx';

interface KanbanBoardProps {
  board: Board;
  boardKey: readonly unknown[];
  query: BoardQuery;
  readOnly: boolean;
}

/**
 * The columns of a pipeline's open stages with their cards; dragging a card to another column moves the
 * opportunity there (at the version on the card), to the won zone wins it, to a lost zone asks for the
 * loss reason first.
 */
export function KanbanBoard({ board, boardKey, query, readOnly }: KanbanBoardProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [dragged, setDragged] = useState<BoardCard | null>(null);
  const [losing, setLosing] = useState<{ card: BoardCard; stage: BoardStage } | null>(null);
  const move = useMoveOpportunity(boardKey);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor),
  );

  const send = (values: OpportunityMove, stage: BoardStage) =>
    move.mutate(values, {
      onSuccess: () =>
        void message.success(t('kanban.moved', { name: String(values.card.name ?? ''), stage: stage.name })),
      onError: (error) => {
        if (error instanceof ApiError && error.status === 409) message.warning(t('kanban.staleReloaded'));
        else message.error(problemText(error));
      },
    });
  const onDragStart = (event: DragStartEvent) =>
    setDragged((event.active.data.current?.card as BoardCard) ?? null);
  const onDragEnd = (event: DragEndEvent) => {
    setDragged(null);
    const card = event.active.data.current?.card as BoardCard | undefined;
    const stage = event.over?.data.current?.stage as BoardStage | undefined;
    if (!card || !stage || stage.id === card.stage) return;
    if (stage.kind === 'lost') setLosing({ card, stage });
    else send({ card, stageId: stage.id }, stage);
  };

  return (
    <DndContext
      sensors={sensors}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragged(null)}
    >
      {!readOnly && (
        <div className={`kanban-closed-zones${dragged ? ' is-dragging' : ''}`}>
          {board.closedStages.map((stage) => (
            <ClosedStageZone key={stage.id} stage={stage} active={dragged !== null} />
          ))}
        </div>
      )}
      <div className="kanban-board">
        {board.columns.map((column) => (
          <KanbanColumn
            key={column.stage.id}
            pipelineId={board.pipeline.id}
            column={column}
            query={query}
            readOnly={readOnly}
          />
        ))}
      </div>
      <DragOverlay>{dragged ? <KanbanCard card={dragged} disabled /> : null}</DragOverlay>
      {losing && (
        <LossReasonModal
          opportunityName={String(losing.card.name ?? '')}
          stageName={losing.stage.name}
          onCancel={() => setLosing(null)}
          onConfirm={(values) => {
            send({ card: losing.card, stageId: losing.stage.id, ...values }, losing.stage);
            setLosing(null);
          }}
        />
      )}
    </DndContext>
  );
}
