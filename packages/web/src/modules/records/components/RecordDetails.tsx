import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../ui/format.ts';
import type { ObjectDefinition } from '../api/objects.api.ts';
import type { RecordData } from '../api/records.api.ts';
import { useFieldLabel } from '../hooks/useFieldLabel.ts';
import { FieldValue } from './FieldValue.tsx';
import { UserName } from './UserName.tsx';

/** Every field of a record the viewer may see, in a grid, then owner and timestamps. */
export function RecordDetails({ object, record }: { object: ObjectDefinition; record: RecordData }) {
  const { t, i18n } = useTranslation();
  const label = useFieldLabel();
  const fields = [...object.fields]
    .sort((a, b) => a.position - b.position)
    .filter((field) => field.apiName in record);
  return (
    <Descriptions
      bordered
      size="middle"
      column={{ xs: 1, md: 2 }}
      className="record-details"
      items={[
        ...fields.map((field) => ({
          key: field.apiName,
          label: label(field.label),
          span: field.type === 'longText' ? ('filled' as const) : undefined,
          children: <FieldValue field={field} value={record[field.apiName]} />,
        })),
        {
          key: 'ownerId',
          label: t('records.owner'),
          children: record.ownerId === null ? '—' : <UserName id={record.ownerId} />,
        },
        {
          key: 'createdAt',
          label: t('common.createdAt'),
          children: formatDateTime(record.createdAt, i18n.language),
        },
        {
          key: 'updatedAt',
          label: t('common.updatedAt'),
          children: formatDateTime(record.updatedAt, i18n.language),
        },
      ]}
    />
  );
}
