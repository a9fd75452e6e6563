import { Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ObjectDefinition } from '../../records/api/objects.api.ts';
import type { RecordData } from '../../records/api/records.api.ts';
import { FieldValue } from '../../records/components/FieldValue.tsx';
import { useFieldLabel } from '../../records/hooks/useFieldLabel.ts';
import { useAccountOverview } from '../hooks/useAccountOverview.ts';

/** The account fields a salesperson looks at first. */
const PROFILE_FIELDS = ['industry', 'level', 'size', 'region', 'phone', 'source', 'tags'];

/** 客户概况: who the account is, in a few lines (the Details tab has everything). */
export function ProfileSummary({ object, record }: { object: ObjectDefinition; record: RecordData }) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  // The overview names the owner even for a rep who may not read the user list.
  const owner = useAccountOverview(record.id).data?.owner;
  const fields = PROFILE_FIELDS.map((name) => object.fields.find((field) => field.apiName === name)).filter(
    (field) => field !== undefined && record[field.apiName] !== undefined,
  );
  return (
    <Card size="small" title={t('accountOverview.profile')}>
      <Descriptions
        column={1}
        size="small"
        items={[
          {
            key: 'owner',
            label: t('records.owner'),
            children: owner?.name ?? '—',
          },
          ...fields.map((field) => ({
            key: field!.apiName,
            label: label(field!.label),
            children: <FieldValue field={field!} value={record[field!.apiName]} />,
          })),
        ]}
      />
    </Card>
  );
}
