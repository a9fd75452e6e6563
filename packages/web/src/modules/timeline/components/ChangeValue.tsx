import { Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { FieldDefinition } from '../../records/api/objects.api.ts';
import { FieldValue, lookupTargetOf } from '../../records/components/FieldValue.tsx';
import type { TimelineRefs } from '../api/timeline.api.ts';

/**
 * A value from a timeline entry, shown per its field's type; lookups and users by the names the page's refs
 * carry (a record the viewer may not read shows as its number).
 */
export function ChangeValue({
  field,
  fieldName,
  value,
  refs,
}: {
  field: FieldDefinition | undefined;
  fieldName: string;
  value: unknown;
  refs: TimelineRefs;
}) {
  if (value === null || value === undefined || value === '') {
    return <Typography.Text type="secondary">—</Typography.Text>;
  }
  if (fieldName === 'ownerId' || field?.type === 'user') {
    return <>{refs.users[String(value)] ?? `#${String(value)}`}</>;
  }
  if (field?.type === 'lookup') {
    const target = lookupTargetOf(field);
    const name = refs.records[target]?.[String(value)];
    return <Link to={`/o/${target}/${String(value)}`}>{name ?? `#${String(value)}`}</Link>;
  }
  if (!field) return <>{String(value)}</>;
  return <FieldValue field={field} value={value} />;
}
