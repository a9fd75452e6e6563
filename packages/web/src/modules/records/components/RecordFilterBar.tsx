import { CloseOutlined, PlusOutlined } from '@ant-design/icons';
import { type ConditionOperator, VALUELESS_OPERATORS } from '@lodestar/shared';
import { Button, DatePicker, Flex, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { UserSelect } from '../../users/components/UserSelect.tsx';
import type { FieldDefinition } from '../api/objects.api.ts';
import { useFieldLabel } from '../hooks/useFieldLabel.ts';
import { conditionKindOf, operatorLabelKey, operatorsFor } from '../utils/field-operators.ts';
import { type FilterRow, LIST_OPERATORS } from '../utils/filter-condition.ts';
import { choicesOf, lookupTargetOf } from './FieldValue.tsx';
import { LookupSelect } from './LookupSelect.tsx';
import { RegionCascader, RegionsCascader } from './RegionCascader.tsx';

interface RecordFilterBarProps {
  fields: FieldDefinition[];
  rows: FilterRow[];
  onChange: (rows: FilterRow[]) => void;
}

const VALUE_WIDTH = 200;

/** The value box of one filter row, by the field's type. */
function FilterValue({
  field,
  op,
  value,
  onChange,
}: {
  field: FieldDefinition;
  op: ConditionOperator;
  value: FilterRow['value'];
  onChange: (value: FilterRow['value']) => void;
}) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const style = { width: VALUE_WIDTH };
  const placeholder = t('records.filter.value');
  if (LIST_OPERATORS.includes(op)) {
    const values = Array.isArray(value) ? value : value === undefined ? [] : [value as string | number];
    if (field.type === 'region') {
      return (
        <RegionsCascader
          style={{ width: 2 * VALUE_WIDTH }}
          value={values.map(String)}
          onChange={(codes) => onChange(codes.length ? codes : undefined)}
        />
      );
    }
    return (
      <Select
        mode="multiple"
        style={{ width: 2 * VALUE_WIDTH }}
        placeholder={placeholder}
        value={values}
        onChange={(next: Array<string | number>) => onChange(next.length ? next : undefined)}
        options={choicesOf(field).map((choice) => ({ value: choice.value, label: label(choice.label) }))}
      />
    );
  }
  switch (field.type) {
    case 'region':
      return (
        <div style={style}>
          <RegionCascader value={value as string} onChange={(code) => onChange(code ?? undefined)} />
        </div>
      );
    case 'select':
    case 'multiSelect':
      return (
        <Select
          style={style}
          placeholder={placeholder}
          value={value as string}
          onChange={onChange}
          options={choicesOf(field).map((choice) => ({ value: choice.value, label: label(choice.label) }))}
        />
      );
    case 'boolean':
      return (
        <Select
          style={style}
          placeholder={placeholder}
          value={value as boolean}
          onChange={onChange}
          options={[
            { value: true, label: t('common.yes') },
            { value: false, label: t('common.no') },
          ]}
        />
      );
    case 'user':
      return (
        <UserSelect
          style={style}
          includeDisabled
          value={value as number}
          onChange={(next) => onChange(next ?? undefined)}
        />
      );
    case 'lookup':
      return (
        <LookupSelect
          style={style}
          target={lookupTargetOf(field)}
          value={value as number}
          onChange={(next) => onChange(next ?? undefined)}
        />
      );
    case 'date':
    case 'datetime':
      return (
        <DatePicker
          style={style}
          onChange={(day: Dayjs | null) => {
            if (!day) onChange(undefined);
            else if (field.type === 'date') onChange(day.format('YYYY-MM-DD'));
            else onChange(day.startOf('day').toISOString());
          }}
        />
      );
    case 'number':
    case 'percent':
    case 'currency':
      return (
        <InputNumber
          style={style}
          placeholder={placeholder}
          value={value as number}
          onChange={(next) => onChange(next ?? undefined)}
        />
      );
    default:
      return (
        <Input
          style={style}
          allowClear
          placeholder={placeholder}
          value={(value as string) ?? ''}
          onChange={(event) => onChange(event.target.value)}
        />
      );
  }
}

/** The value a row keeps when its operator changes: none, a list, or one value, as the operator takes. */
function valueFor(op: ConditionOperator, value: FilterRow['value']): FilterRow['value'] {
  if (VALUELESS_OPERATORS.includes(op) || value === undefined) return undefined;
  if (LIST_OPERATORS.includes(op)) return Array.isArray(value) ? value : [value as string | number];
  return Array.isArray(value) ? value[0] : value;
}

/** Conditions on fields (field, operator, value), all of which a record must meet. */
export function RecordFilterBar({ fields, rows, onChange }: RecordFilterBarProps) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const first = fields[0];
  const update = (index: number, row: FilterRow) =>
    onChange(rows.map((current, i) => (i === index ? row : current)));
  const add = () => {
    if (!first) return;
    onChange([...rows, { field: first.apiName, op: operatorsFor(first.type)[0] as ConditionOperator }]);
  };
  return (
    <Flex vertical gap={8} className="record-filter-bar">
      {rows.map((row, index) => {
        const field = fields.find((entry) => entry.apiName === row.field) ?? first;
        if (!field) return null;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their place
          <Flex key={index} gap={8} wrap align="center" className="record-filter-bar__row">
            <Select
              style={{ width: 180 }}
              value={field.apiName}
              aria-label={t('records.filter.field')}
              showSearch={{ optionFilterProp: 'label' }}
              options={fields.map((entry) => ({ value: entry.apiName, label: label(entry.label) }))}
              onChange={(apiName: string) => {
                const next = fields.find((entry) => entry.apiName === apiName);
                if (!next) return;
                const sameKind = conditionKindOf(next.type) === conditionKindOf(field.type);
                update(index, {
                  field: apiName,
                  op: sameKind ? row.op : (operatorsFor(next.type)[0] as ConditionOperator),
                  value: sameKind && next.type === field.type ? row.value : undefined,
                });
              }}
            />
            <Select
              style={{ width: 140 }}
              value={row.op}
              aria-label={t('records.filter.operator')}
              options={operatorsFor(field.type).map((op) => ({
                value: op,
                label: t(`records.operators.${operatorLabelKey(field.type, op)}`),
              }))}
              onChange={(op: ConditionOperator) =>
                update(index, { ...row, op, value: valueFor(op, row.value) })
              }
            />
            {!VALUELESS_OPERATORS.includes(row.op) && (
              <FilterValue
                key={field.apiName}
                field={field}
                op={row.op}
                value={row.value}
                onChange={(value) => update(index, { ...row, value })}
              />
            )}
            <Button
              type="text"
              icon={<CloseOutlined />}
              aria-label={t('records.filter.remove')}
              onClick={() => onChange(rows.filter((_, i) => i !== index))}
            />
          </Flex>
        );
      })}
      <div>
        <Button icon={<PlusOutlined />} onClick={add} disabled={!first}>
          {t('records.filter.add')}
        </Button>
      </div>
    </Flex>
  );
}
