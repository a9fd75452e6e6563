import { Table, type TableColumnsType, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../ui/format.ts';
import type { ObjectDefinition } from '../api/objects.api.ts';
import type { RecordData } from '../api/records.api.ts';
import { useFieldLabel } from '../hooks/useFieldLabel.ts';
import { isSortable } from '../utils/field-operators.ts';
import { lookupNameKey } from '../utils/list-columns.ts';
import { FieldValue, lookupTargetOf } from './FieldValue.tsx';

interface RecordsTableProps {
  object: ObjectDefinition;
  /** Every object, to find the name field of lookup targets. */
  objects: ObjectDefinition[];
  /** The field columns in order (api names). */
  visibleColumns: string[];
  records: RecordData[];
  /** The ids of the selected rows, and what happens when the selection changes. */
  selectedIds: number[];
  onSelectionChange: (records: RecordData[]) => void;
  loading: boolean;
  /** The current sort: a field name, `-` first for descending. */
  sort: string | undefined;
  onSortChange: (sort: string | undefined) => void;
  empty: React.ReactNode;
}

/**
 * The records of an object as a table: one column per chosen field, the name linking to the record, lookups
 * showing the related record's name (loaded with `?fields=`), rows selectable for bulk actions.
 */
export function RecordsTable({
  object,
  objects,
  visibleColumns,
  records,
  selectedIds,
  onSelectionChange,
  loading,
  sort,
  onSortChange,
  empty,
}: RecordsTableProps) {
  const { t, i18n } = useTranslation();
  const label = useFieldLabel();
  const sortedField = sort?.replace(/^-/, '');
  const order = (apiName: string) =>
    sortedField === apiName ? (sort?.startsWith('-') ? 'descend' : 'ascend') : null;
  const fields = visibleColumns.flatMap((name) => object.fields.filter((field) => field.apiName === name));
  const nameField = object.nameField ?? fields[0]?.apiName;

  const columns: TableColumnsType<RecordData> = fields.map((field) => ({
    key: field.apiName,
    dataIndex: field.apiName,
    title: label(field.label),
    sorter: isSortable(field.type),
    sortOrder: order(field.apiName),
    ellipsis: field.type === 'longText',
    render: (value: unknown, record) =>
      field.apiName === nameField ? (
        <Link to={`/o/${object.apiName}/${record.id}`}>{value ? String(value) : `#${record.id}`}</Link>
      ) : field.type === 'lookup' && value != null && record[lookupNameKey(field, objects) ?? ''] ? (
        <Link to={`/o/${lookupTargetOf(field)}/${String(value)}`}>
          {String(record[lookupNameKey(field, objects) ?? ''])}
        </Link>
      ) : (
        <FieldValue field={field} value={value} />
      ),
  }));
  columns.push({
    key: 'updatedAt',
    dataIndex: 'updatedAt',
    title: t('common.updatedAt'),
    width: 150,
    sorter: true,
    sortOrder: order('updatedAt'),
    render: (value: string) => formatDateTime(value, i18n.language),
  });

  const onChange: TableProps<RecordData>['onChange'] = (_pagination, _filters, sorter) => {
    const single = Array.isArray(sorter) ? sorter[0] : sorter;
    if (!single?.order || !single.columnKey) onSortChange(undefined);
    else onSortChange(`${single.order === 'descend' ? '-' : ''}${String(single.columnKey)}`);
  };

  return (
    <Table<RecordData>
      rowKey="id"
      columns={columns}
      dataSource={records}
      loading={loading}
      pagination={false}
      size="middle"
      onChange={onChange}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: empty }}
      showSorterTooltip={false}
      rowSelection={{
        selectedRowKeys: selectedIds,
        onChange: (_keys, rows) => onSelectionChange(rows),
        preserveSelectedRowKeys: false,
      }}
    />
  );
}
