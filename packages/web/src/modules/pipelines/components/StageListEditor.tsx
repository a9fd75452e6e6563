import { PlusOutlined } from '@ant-design/icons';
import {
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { newStageDraft, type StageDraft } from '../utils/stage-drafts.ts';
import { StageRow } from './StageRow.tsx';
import './pipelines.css';

interface StageListEditorProps {
  drafts: StageDraft[];
  disabled: boolean;
  onChange: (drafts: StageDraft[]) => void;
}

/** A pipeline's stages in order: drag to reorder, edit in place, add and remove. */
export function StageListEditor({ drafts, disabled, onChange }: StageListEditorProps) {
  const { t } = useTranslation();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = drafts.findIndex((draft) => draft.key === active.id);
    const to = drafts.findIndex((draft) => draft.key === over.id);
    if (from >= 0 && to >= 0) onChange(arrayMove(drafts, from, to));
  };
  return (
    <div className="stage-list">
      <div className="stage-row stage-row--head" aria-hidden>
        <span className="stage-row__handle" />
        <span className="stage-row__name">{t('pipelines.stageName')}</span>
        <span className="stage-row__kind">{t('pipelines.kind')}</span>
        <span className="stage-row__number">{t('pipelines.probability')}</span>
        <span className="stage-row__number">{t('pipelines.targetConversion')}</span>
        <span className="stage-row__days-head">{t('pipelines.expectedDays')}</span>
        <span className="stage-row__remove-head" />
      </div>
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
        <SortableContext items={drafts.map((draft) => draft.key)} strategy={verticalListSortingStrategy}>
          {drafts.map((draft, index) => (
            <StageRow
              key={draft.key}
              draft={draft}
              disabled={disabled}
              onChange={(next) => onChange(drafts.map((d, i) => (i === index ? next : d)))}
              onRemove={() => onChange(drafts.filter((_, i) => i !== index))}
            />
          ))}
        </SortableContext>
      </DndContext>
      {!disabled && (
        <Button
          type="dashed"
          icon={<PlusOutlined />}
          onClick={() => {
            // A new open stage goes before the first won or lost one.
            const closed = drafts.findIndex((draft) => draft.kind !== 'open');
            const next = [...drafts];
            next.splice(closed === -1 ? drafts.length : closed, 0, newStageDraft());
            onChange(next);
          }}
        >
          {t('pipelines.addStage')}
        </Button>
      )}
    </div>
  );
}
