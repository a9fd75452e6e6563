import { Tag, Typography } from 'antd';
import type { FieldDefinition } from '../../records/api/objects.api.ts';
import { useFieldLabel } from '../../records/hooks/useFieldLabel.ts';
import { useTagGroupOf } from '../hooks/useTagGroupOf.ts';

/** The tags of a record, each in its group's colour and label. */
export function TagsValue({ field, value }: { field: FieldDefinition; value: unknown }) {
  const label = useFieldLabel();
  const group = useTagGroupOf(field);
  const keys = Array.isArray(value) ? (value as string[]) : [];
  if (keys.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <>
      {keys.map((key) => {
        const tag = group?.tags.find((candidate) => candidate.key === key);
        return (
          <Tag key={key} color={tag?.color ?? undefined}>
            {tag ? label(tag.label) : key}
          </Tag>
        );
      })}
    </>
  );
}
