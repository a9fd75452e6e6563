import { Select, Tag } from 'antd';
import type { FieldDefinition } from '../../records/api/objects.api.ts';
import { useFieldLabel } from '../../records/hooks/useFieldLabel.ts';
import { useTagGroupOf } from '../hooks/useTagGroupOf.ts';

interface TagsInputProps {
  field: FieldDefinition;
  id?: string;
  value?: unknown;
  onChange?: (value: unknown) => void;
}

/** Picks tags out of the field's tag group, shown in their colours. */
export function TagsInput({ field, id, value, onChange }: TagsInputProps) {
  const label = useFieldLabel();
  const group = useTagGroupOf(field);
  const tags = group?.tags ?? [];
  const colorOf = (key: unknown) => tags.find((tag) => tag.key === key)?.color ?? undefined;
  return (
    <Select
      id={id}
      mode="multiple"
      allowClear
      loading={!group}
      value={Array.isArray(value) ? (value as string[]) : []}
      onChange={(next: string[]) => onChange?.(next.length ? next : null)}
      options={tags.map((tag) => ({ value: tag.key, label: label(tag.label) }))}
      tagRender={({ label: text, value: key, closable, onClose }) => (
        <Tag color={colorOf(key)} closable={closable} onClose={onClose} style={{ marginInlineEnd: 4 }}>
          {text}
        </Tag>
      )}
    />
  );
}
