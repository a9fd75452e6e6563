import { useDraggable } from '@dnd-kit/core';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldType } from '../../records/api/objects.api.ts';
import { FIELD_TYPE_CATALOG, type FieldTypeInfo } from '../utils/field-type-catalog.tsx';

/** Drag id of a palette entry. */
export const paletteId = (type: FieldType) => `palette:${type}`;

function PaletteItem({ info }: { info: FieldTypeInfo }) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: paletteId(info.type) });
  return (
    <div
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      className={`designer-palette__item${isDragging ? ' is-dragging' : ''}`}
      data-type={info.type}
      title={t(`designer.types.${info.type}`)}
    >
      <span className="designer-palette__icon">{info.icon}</span>
      {t(`designer.types.${info.type}`)}
    </div>
  );
}

/** Every field type, to drag onto a section of the canvas. */
export function FieldPalette() {
  const { t } = useTranslation();
  return (
    <div className="designer-palette">
      <Typography.Text type="secondary" className="designer-palette__hint">
        {t('designer.paletteHint')}
      </Typography.Text>
      <div className="designer-palette__grid">
        {FIELD_TYPE_CATALOG.map((info) => (
          <PaletteItem key={info.type} info={info} />
        ))}
      </div>
    </div>
  );
}
