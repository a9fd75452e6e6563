import { DeleteOutlined } from '@ant-design/icons';
import { useDroppable } from '@dnd-kit/core';
import { rectSortingStrategy, SortableContext } from '@dnd-kit/sortable';
import { Button, Card, Flex, Input, Popconfirm, Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DraftField, DraftSection } from '../utils/designer-draft.ts';
import { FieldTile } from './FieldTile.tsx';
import { SectionRolesSelect } from './SectionRolesSelect.tsx';

interface SectionCardProps {
  section: DraftSection;
  fields: Record<string, DraftField>;
  selectedId: string | null;
  errorIds: Set<string>;
  canRemove: boolean;
  onChange: (section: DraftSection) => void;
  onRemove: () => void;
  onSelectField: (id: string) => void;
  onRemoveField: (id: string) => void;
}

/** A section of the canvas: its title, 1 or 2 columns, and its fields in order (a drop target). */
export function SectionCard({
  section,
  fields,
  selectedId,
  errorIds,
  canRemove,
  onChange,
  onRemove,
  onSelectField,
  onRemoveField,
}: SectionCardProps) {
  const { t, i18n } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: `section:${section.key}` });
  return (
    <Card
      size="small"
      className={`designer-section${isOver ? ' is-over' : ''}`}
      data-section={section.key}
      title={
        <Flex gap={8} align="center">
          {(i18n.language === 'en' ? (['en', 'zh-CN'] as const) : (['zh-CN', 'en'] as const)).map(
            (locale, index) => (
              <Input
                key={locale}
                variant="borderless"
                size={index === 0 ? 'middle' : 'small'}
                className={locale === 'en' ? 'designer-section__title-en' : 'designer-section__title'}
                aria-label={t(locale === 'en' ? 'designer.sectionTitleEn' : 'designer.sectionTitle')}
                placeholder={t(locale === 'en' ? 'designer.sectionTitleEn' : 'designer.sectionTitle')}
                value={section.label[locale]}
                onChange={(e) =>
                  onChange({ ...section, label: { ...section.label, [locale]: e.target.value } })
                }
                style={
                  index === 0
                    ? { fontWeight: 600, maxWidth: 220 }
                    : { maxWidth: 180, color: 'rgba(0,0,0,0.45)' }
                }
              />
            ),
          )}
        </Flex>
      }
      extra={
        <Flex gap={8} align="center">
          <SectionRolesSelect
            value={section.roleIds}
            onChange={(roleIds) => onChange({ ...section, roleIds })}
          />
          <Segmented
            size="small"
            value={section.columns}
            options={[
              { value: 1, label: t('designer.oneColumn') },
              { value: 2, label: t('designer.twoColumns') },
            ]}
            onChange={(columns) => onChange({ ...section, columns: columns as 1 | 2 })}
          />
          {canRemove && (
            <Popconfirm
              title={t('designer.removeSectionConfirm')}
              okText={t('common.delete')}
              cancelText={t('common.cancel')}
              onConfirm={onRemove}
            >
              <Button
                size="small"
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('designer.removeSection')}
              />
            </Popconfirm>
          )}
        </Flex>
      }
    >
      <SortableContext items={section.items.map((item) => item.id)} strategy={rectSortingStrategy}>
        <div ref={setNodeRef} className={`designer-section__grid columns-${section.columns}`}>
          {section.items.map((item) => {
            const field = fields[item.id];
            if (!field) return null;
            return (
              <FieldTile
                key={item.id}
                field={field}
                span={item.span}
                columns={section.columns}
                selected={selectedId === item.id}
                hasError={errorIds.has(item.id)}
                onSelect={() => onSelectField(item.id)}
                onToggleSpan={() =>
                  onChange({
                    ...section,
                    items: section.items.map((entry) =>
                      entry.id === item.id ? { ...entry, span: entry.span === 2 ? 1 : 2 } : entry,
                    ),
                  })
                }
                onRemove={() => onRemoveField(item.id)}
              />
            );
          })}
          {section.items.length === 0 && (
            <Typography.Text type="secondary" className="designer-section__empty">
              {t('designer.dropHere')}
            </Typography.Text>
          )}
        </div>
      </SortableContext>
    </Card>
  );
}
