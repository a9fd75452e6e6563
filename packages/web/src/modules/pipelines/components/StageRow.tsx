import { DeleteOutlined, HolderOutlined } from '@ant-design/icons';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Button, Input, InputNumber, Select, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StageKind } from '../api/pipelines.api.ts';
import type { StageDraft } from '../utils/stage-drafts.ts';

interface StageRowProps {
  draft: StageDraft;
  disabled: boolean;
  onChange: (draft: StageDraft) => void;
  onRemove: () => void;
}

/** One editable stage of a pipeline: a drag handle, name, kind, probability, target, expected days. */
export function StageRow({ draft, disabled, onChange, onRemove }: StageRowProps) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: draft.key,
    disabled,
  });
  const open = draft.kind === 'open';
  const set = (changes: Partial<StageDraft>) => onChange({ ...draft, ...changes });
  const percent = (value: number | null) => (value === null ? null : Math.round(value));
  return (
    <div
      ref={setNodeRef}
      className={`stage-row${isDragging ? ' is-dragging' : ''}`}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      data-stage={draft.name}
    >
      <Button
        type="text"
        size="small"
        className="stage-row__handle"
        icon={<HolderOutlined />}
        aria-label={t('pipelines.dragStage', { name: draft.name })}
        disabled={disabled}
        {...attributes}
        {...listeners}
      />
      <Input
        className="stage-row__name"
        value={draft.name}
        maxLength={100}
        disabled={disabled}
        placeholder={t('pipelines.stageName')}
        aria-label={t('pipelines.stageName')}
        onChange={(event) => set({ name: event.target.value })}
        status={draft.name.trim() === '' ? 'error' : undefined}
      />
      <Tooltip title={draft.inUse ? t('pipelines.kindLocked') : undefined}>
        <Select<StageKind>
          className="stage-row__kind"
          value={draft.kind}
          disabled={disabled || draft.inUse}
          aria-label={t('pipelines.kind')}
          onChange={(kind) =>
            set({
              kind,
              probability: kind === 'won' ? 100 : kind === 'lost' ? 0 : (draft.probability ?? 50),
              targetConversion: kind === 'open' ? (draft.targetConversion ?? 50) : null,
            })
          }
          options={(['open', 'won', 'lost'] as const).map((kind) => ({
            value: kind,
            label: t(`pipelines.kinds.${kind}`),
          }))}
        />
      </Tooltip>
      <InputNumber<number>
        className="stage-row__number"
        min={0}
        max={100}
        precision={0}
        suffix="%"
        value={percent(draft.probability)}
        disabled={disabled || !open}
        aria-label={t('pipelines.probability')}
        onChange={(value) => set({ probability: value ?? null })}
        status={open && draft.probability === null ? 'error' : undefined}
      />
      <InputNumber<number>
        className="stage-row__number"
        min={0}
        max={100}
        precision={0}
        suffix="%"
        value={open ? percent(draft.targetConversion) : null}
        disabled={disabled || !open}
        aria-label={t('pipelines.targetConversion')}
        onChange={(value) => set({ targetConversion: value ?? null })}
      />
      <InputNumber<number>
        className="stage-row__days"
        min={0}
        max={3650}
        precision={0}
        value={draft.expectedDaysMin}
        disabled={disabled || !open}
        aria-label={t('pipelines.expectedDaysMin')}
        onChange={(value) => set({ expectedDaysMin: value ?? null })}
      />
      <span className="stage-row__dash">–</span>
      <InputNumber<number>
        className="stage-row__days"
        min={0}
        max={3650}
        precision={0}
        value={draft.expectedDaysMax}
        disabled={disabled || !open}
        aria-label={t('pipelines.expectedDaysMax')}
        onChange={(value) => set({ expectedDaysMax: value ?? null })}
        status={
          draft.expectedDaysMin !== null &&
          draft.expectedDaysMax !== null &&
          draft.expectedDaysMin > draft.expectedDaysMax
            ? 'error'
            : undefined
        }
      />
      <Tooltip title={draft.inUse ? t('pipelines.stageInUse') : t('pipelines.removeStage')}>
        <Button
          type="text"
          danger
          icon={<DeleteOutlined />}
          disabled={disabled || draft.inUse}
          aria-label={t('pipelines.removeStageNamed', { name: draft.name })}
          onClick={onRemove}
        />
      </Tooltip>
    </div>
  );
}
