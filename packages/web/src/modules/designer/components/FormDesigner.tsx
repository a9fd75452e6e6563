import { EyeOutlined, PlusOutlined, SaveOutlined, ToolOutlined } from '@ant-design/icons';
import {
  type CollisionDetection,
  closestCorners,
  DndContext,
  type DragEndEvent,
  type DragOverEvent,
  DragOverlay,
  type DragStartEvent,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { Alert, App, Button, Card, Empty, Flex, Segmented } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router-dom';
import { i18n } from '../../../i18n/index.ts';
import type { Layout } from '../../records/api/layout.api.ts';
import type { FieldType, ObjectDefinition } from '../../records/api/objects.api.ts';
import { RecordForm } from '../../records/components/RecordForm.tsx';
import { useFieldLabel } from '../../records/hooks/useFieldLabel.ts';
import { type FieldErrors, useSaveDesign } from '../hooks/useSaveDesign.ts';
import { checkDraft } from '../utils/check-draft.ts';
import {
  type DesignerDraft,
  draftFromObject,
  insertField,
  isDirty,
  layoutOfDraft,
  moveField,
  newDraftField,
  newDraftSection,
  previewObject,
  removeField,
  removeSection,
  sectionKeyOf,
  updateSection,
} from '../utils/designer-draft.ts';
import { fieldTypeInfo } from '../utils/field-type-catalog.tsx';
import { FieldPalette } from './FieldPalette.tsx';
import './designer.css';
import { FieldPropertyPanel } from './FieldPropertyPanel.tsx';
import { SectionCard } from './SectionCard.tsx';

/** Prefer the field under the pointer, then the section; the keyboard falls back to the closest corners. */
const collision: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  if (within.length) {
    const fields = within.filter((entry) => !String(entry.id).startsWith('section:'));
    return fields.length ? fields : within;
  }
  return closestCorners(args);
};

/** Labels in both languages, from the catalogs. */
const bothLanguages = (key: 'designer.newSection' | `designer.types.${FieldType}`) => ({
  'zh-CN': i18n.t(key, { lng: 'zh-CN' }),
  en: i18n.t(key, { lng: 'en' }),
});

/**
 * The drag-and-drop form designer of one object: palette of field types, sections of fields, the selected
 * field's properties, a preview of the real form, and one save for fields and layout together.
 */
export function FormDesigner({
  object,
  layout,
  onSaved,
}: {
  object: ObjectDefinition;
  layout: Layout;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const { message, modal } = App.useApp();
  const initial = useMemo(() => draftFromObject(object, layout), [object, layout]);
  const [draft, setDraft] = useState<DesignerDraft>(initial);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [mode, setMode] = useState<'design' | 'preview'>('design');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const save = useSaveDesign(object);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const dirty = isDirty(draft, initial);
  const selected = selectedId ? draft.fields[selectedId] : undefined;
  // Leaving with unsaved changes asks first.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !save.isPending && currentLocation.pathname !== nextLocation.pathname,
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: one question per blocked navigation, not per render
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: t('designer.leaveTitle'),
      content: t('designer.leaveText'),
      okText: t('designer.leave'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
  }, [blocker.state]);

  const onDragStart = ({ active }: DragStartEvent) => setActiveId(String(active.id));

  const onDragOver = ({ active, over }: DragOverEvent) => {
    const id = String(active.id);
    if (!over || id.startsWith('palette:')) return;
    const from = sectionKeyOf(draft, id);
    const to = sectionKeyOf(draft, String(over.id));
    if (!from || !to || from === to) return;
    const target = draft.sections.find((section) => section.key === to)!;
    const at = target.items.findIndex((item) => item.id === over.id);
    setDraft(moveField(draft, id, to, at < 0 ? target.items.length : at));
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setActiveId(null);
    const id = String(active.id);
    if (!over) return;
    const overId = String(over.id);
    const to = sectionKeyOf(draft, overId);
    if (!to) return;
    if (id.startsWith('palette:')) {
      const type = id.slice('palette:'.length) as FieldType;
      const field = newDraftField(type, bothLanguages(`designer.types.${type}`));
      setDraft(insertField(draft, field, to, overId.startsWith('section:') ? undefined : overId));
      setSelectedId(field.id);
      setMode('design');
      return;
    }
    if (id === overId) return;
    const target = draft.sections.find((section) => section.key === to)!;
    // Dropped on the section's free space (below its fields): last in that section.
    const index = overId.startsWith('section:')
      ? target.items.length
      : target.items.findIndex((item) => item.id === overId);
    setDraft(moveField(draft, id, to, index));
  };

  const runSave = async () => {
    setSaveError(null);
    const local = checkDraft(draft, t);
    if (Object.keys(local).length) {
      setFieldErrors(local);
      setSelectedId(Object.keys(local)[0]!);
      setMode('design');
      message.error(t('designer.fixErrors'));
      return;
    }
    const outcome = await save.mutateAsync(draft);
    setDraft(outcome.draft);
    setFieldErrors(outcome.fieldErrors);
    setSaveError(outcome.error);
    const failed = Object.keys(outcome.fieldErrors);
    if (failed.length) {
      setSelectedId(failed[0]!);
      setMode('design');
      message.error(t('designer.fixErrors'));
    } else if (!outcome.error) {
      message.success(t('designer.saved'));
      onSaved();
    }
  };

  const confirmSave = () => {
    if (draft.removed.length === 0) return void runSave();
    modal.confirm({
      title: t('designer.deleteFieldsTitle', { count: draft.removed.length }),
      content: t('designer.deleteFieldsText', {
        fields: draft.removed.map((field) => `“${label(field.label)}”`).join(t('designer.listSeparator')),
        object: label(object.label),
      }),
      okText: t('designer.deleteAndSave'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: runSave,
    });
  };

  const activeLabel = activeId?.startsWith('palette:')
    ? t(`designer.types.${activeId.slice('palette:'.length) as FieldType}`)
    : activeId
      ? label(draft.fields[activeId]?.label)
      : null;
  const activeIcon = activeId?.startsWith('palette:')
    ? fieldTypeInfo(activeId.slice('palette:'.length) as FieldType).icon
    : activeId && draft.fields[activeId]
      ? fieldTypeInfo(draft.fields[activeId]!.type).icon
      : null;

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={() => setActiveId(null)}
    >
      <Flex justify="space-between" align="center" className="designer-toolbar" gap={8} wrap>
        <Segmented
          value={mode}
          onChange={(value) => setMode(value as 'design' | 'preview')}
          options={[
            { value: 'design', label: t('designer.design'), icon: <ToolOutlined /> },
            { value: 'preview', label: t('designer.preview'), icon: <EyeOutlined /> },
          ]}
        />
        <Flex gap={8}>
          <Button
            icon={<PlusOutlined />}
            disabled={mode !== 'design'}
            onClick={() =>
              setDraft({
                ...draft,
                sections: [...draft.sections, newDraftSection(bothLanguages('designer.newSection'))],
              })
            }
          >
            {t('designer.addSection')}
          </Button>
          <Button
            type="primary"
            icon={<SaveOutlined />}
            disabled={!dirty}
            loading={save.isPending}
            onClick={confirmSave}
          >
            {t('designer.save')}
          </Button>
        </Flex>
      </Flex>
      {saveError && <Alert type="error" showIcon message={saveError} style={{ marginBottom: 12 }} />}
      {mode === 'preview' ? (
        <Card
          className="designer-preview"
          title={t('designer.previewTitle', { object: label(object.label) })}
        >
          <RecordForm
            object={previewObject(object, draft)}
            layout={layoutOfDraft(draft)}
            preview
            onSaved={() => undefined}
            onCancel={() => setMode('design')}
          />
        </Card>
      ) : (
        <div className="designer">
          <FieldPalette />
          <div className="designer-canvas">
            {draft.sections.map((section) => (
              <SectionCard
                key={section.key}
                section={section}
                fields={draft.fields}
                selectedId={selectedId}
                errorIds={new Set(Object.keys(fieldErrors))}
                canRemove={draft.sections.length > 1}
                onChange={(next) => setDraft(updateSection(draft, section.key, () => next))}
                onRemove={() => setDraft(removeSection(draft, section.key))}
                onSelectField={setSelectedId}
                onRemoveField={(id) => {
                  setDraft(removeField(draft, id));
                  if (selectedId === id) setSelectedId(null);
                }}
              />
            ))}
          </div>
          <Card size="small" className="designer-panel">
            {selected ? (
              <FieldPropertyPanel
                key={selected.id}
                field={selected}
                problems={fieldErrors[selected.id] ?? []}
                onChange={(field) => setDraft({ ...draft, fields: { ...draft.fields, [field.id]: field } })}
                onRemove={() => {
                  setDraft(removeField(draft, selected.id));
                  setSelectedId(null);
                }}
              />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('designer.selectField')} />
            )}
          </Card>
        </div>
      )}
      <DragOverlay dropAnimation={null}>
        {activeLabel !== null ? (
          <div className="designer-drag-overlay">
            {activeIcon} {activeLabel}
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
