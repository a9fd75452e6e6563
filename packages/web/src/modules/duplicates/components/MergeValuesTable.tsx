import { LockOutlined } from '@ant-design/icons';
import { Radio, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ObjectDefinition } from '../../records/api/objects.api.ts';
import type { RecordData } from '../../records/api/records.api.ts';
import { FieldValue } from '../../records/components/FieldValue.tsx';
import { useFieldLabel } from '../../records/hooks/useFieldLabel.ts';
import type { MergePreview } from '../api/duplicates.api.ts';

interface MergeValuesTableProps {
  object: ObjectDefinition;
  preview: MergePreview;
  /** Field → the record whose value the survivor takes. */
  choices: Record<string, number>;
  onChoose: (field: string, recordId: number) => void;
}

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/**
 * Step two of a merge: the records side by side, one row per field that holds a value anywhere; where they
 * differ the user picks the value to keep. Fields that cannot be chosen keep the survivor's value.
 */
export function MergeValuesTable({ object, preview, choices, onChoose }: MergeValuesTableProps) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const definitions = new Map(object.fields.map((field) => [field.apiName, field]));
  const rows = preview.fields.filter(
    (row) => definitions.has(row.field) && preview.records.some((record) => !isEmpty(record[row.field])),
  );
  const [survivor] = preview.records;
  const columns: TableColumnsType<(typeof rows)[number]> = [
    {
      key: 'field',
      title: t('duplicates.merge.field'),
      width: 150,
      fixed: 'left',
      render: (_, row) => (
        <Typography.Text strong={row.differs}>
          {label(definitions.get(row.field)!.label)}
          {!row.choosable && row.differs && (
            <Tooltip title={t('duplicates.merge.keptField')}>
              <LockOutlined style={{ marginInlineStart: 6, color: 'var(--ant-color-text-tertiary)' }} />
            </Tooltip>
          )}
        </Typography.Text>
      ),
    },
    ...preview.records.map((record: RecordData, index) => ({
      key: String(record.id),
      title: (
        <span>
          {index === 0 ? (
            <Tag color="blue">{t('duplicates.merge.kept')}</Tag>
          ) : (
            <Tag>{t('duplicates.merge.merged')}</Tag>
          )}
          #{record.id}
        </span>
      ),
      render: (_: unknown, row: (typeof rows)[number]) => {
        const field = definitions.get(row.field)!;
        const value = <FieldValue field={field} value={record[row.field]} />;
        if (!row.choosable || !row.differs) return value;
        return (
          <Radio
            checked={(choices[row.field] ?? row.defaultRecordId) === record.id}
            onChange={() => onChoose(row.field, record.id)}
            aria-label={`${label(field.label)} #${record.id}`}
          >
            {value}
          </Radio>
        );
      },
    })),
  ];
  return (
    <Table
      rowKey="field"
      size="small"
      className="merge-values"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 150 + 220 * preview.records.length, y: 360 }}
      rowClassName={(row) => (row.differs ? 'merge-row-differs' : '')}
      title={() => (survivor ? t('duplicates.merge.valuesHint') : null)}
    />
  );
}
