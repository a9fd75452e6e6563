import {
  ColumnWidthOutlined,
  DeleteOutlined,
  ExclamationCircleFilled,
  HolderOutlined,
  LockOutlined,
} from '@ant-design/icons';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Button, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFieldLabel } from '../../records/hooks/useFieldLabel.ts';
import { type DraftField, isRemovable } from '../utils/designer-draft.ts';
import { fieldTypeInfo } from '../utils/field-type-catalog.tsx';

interface FieldTileProps {
  field: DraftField;
  span: 1 | 2;
  columns: 1 | 2;
  selected: boolean;
  hasError: boolean;
  onSelect: () => void;
  onToggleSpan: () => void;
  onRemove: () => void;
}

/** A field on the canvas: drag it to reorder or move it to another section; click it to edit its properties. */
export function FieldTile({
  field,
  span,
  columns,
  selected,
  hasError,
  onSelect,
  onToggleSpan,
  onRemove,
}: FieldTileProps) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: field.id,
  });
  const info = fieldTypeInfo(field.type);
  const wide = columns === 1 || span === 2;
  const classes = [
    'designer-field',
    wide ? 'is-wide' : '',
    selected ? 'is-selected' : '',
    isDragging ? 'is-dragging' : '',
    hasError ? 'has-error' : '',
    field.saved ? '' : 'is-new',
  ];
  return (
    // biome-ignore lint/a11y/useSemanticElements: the tile contains buttons of its own, which a <button> may not
    <div
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={classes.filter(Boolean).join(' ')}
      data-field={field.apiName || field.id}
      {...attributes}
      {...listeners}
      role="button"
      tabIndex={0}
      aria-label={label(field.label) || t('designer.untitled')}
      onClick={onSelect}
      onKeyDown={(e) => {
        // Enter or Space selects the field and (through dnd-kit's keyboard sensor) picks it up to move it.
        if (e.key === 'Enter' || e.key === ' ') onSelect();
        listeners?.onKeyDown?.(e);
      }}
    >
      <HolderOutlined className="designer-field__handle" />
      <span className="designer-field__icon">{info.icon}</span>
      <span className="designer-field__label">
        {label(field.label) || <em className="designer-field__untitled">{t('designer.untitled')}</em>}
        {field.required && <span className="designer-field__required">*</span>}
      </span>
      {hasError && <ExclamationCircleFilled className="designer-field__error" />}
      <Tag bordered={false}>{t(`designer.types.${field.type}`)}</Tag>
      {columns === 2 && (
        <Tooltip title={span === 2 ? t('designer.spanHalf') : t('designer.spanFull')}>
          <Button
            size="small"
            type={span === 2 ? 'primary' : 'text'}
            ghost={span === 2}
            icon={<ColumnWidthOutlined />}
            className="designer-field__span"
            aria-label={span === 2 ? t('designer.spanHalf') : t('designer.spanFull')}
            onClick={(e) => {
              e.stopPropagation();
              onToggleSpan();
            }}
          />
        </Tooltip>
      )}
      {isRemovable(field) ? (
        <Button
          size="small"
          type="text"
          danger
          icon={<DeleteOutlined />}
          className="designer-field__remove"
          aria-label={t('designer.removeField')}
          onClick={(e) => {
            e.stopPropagation();
            onRemove();
          }}
        />
      ) : (
        <Tooltip title={t('designer.builtInField')}>
          <LockOutlined className="designer-field__locked" aria-label={t('designer.builtInField')} />
        </Tooltip>
      )}
    </div>
  );
}
