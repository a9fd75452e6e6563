import { DatePicker, Input, InputNumber, Select, Switch } from 'antd';
import { AttachmentInput } from '../../files/components/AttachmentInput.tsx';
import { PersonSelect } from '../../people/components/PersonSelect.tsx';
import { TagsInput } from '../../tags/components/TagsInput.tsx';
import type { FieldDefinition } from '../api/objects.api.ts';
import { useFieldLabel } from '../hooks/useFieldLabel.ts';
import { choicesOf, lookupTargetOf } from './FieldValue.tsx';
import { LookupSelect } from './LookupSelect.tsx';
import { RegionCascader } from './RegionCascader.tsx';

interface FieldInputProps {
  field: FieldDefinition;
  /** Api name of the record's object (attachment uploads apply the field's limits). */
  object?: string;
  id?: string;
  value?: unknown;
  onChange?: (value: unknown) => void;
}

/** A colleague picker from the company directory, which every signed-in user may read. */
function UserFieldSelect({ id, value, onChange }: Omit<FieldInputProps, 'field'>) {
  return (
    <PersonSelect
      id={id}
      value={typeof value === 'number' ? value : null}
      onChange={(next) => onChange?.(next)}
    />
  );
}

/** The form widget of one field, chosen by its type; Form.Item passes `id`, `value` and `onChange`. */
export function FieldInput({ field, object, id, value, onChange }: FieldInputProps) {
  const label = useFieldLabel();
  const change = (next: unknown) => onChange?.(next);
  switch (field.type) {
    case 'longText':
      return (
        <Input.TextArea
          id={id}
          value={(value as string) ?? ''}
          onChange={(e) => change(e.target.value)}
          autoSize={{ minRows: 3, maxRows: 8 }}
        />
      );
    case 'number':
      return <InputNumber id={id} value={value as number} onChange={change} style={{ width: '100%' }} />;
    case 'percent':
      return (
        <InputNumber id={id} value={value as number} onChange={change} suffix="%" style={{ width: '100%' }} />
      );
    case 'currency':
      // Amounts stay decimal strings end to end, so no floating-point rounding creeps in.
      return (
        <Input
          id={id}
          prefix="¥"
          inputMode="decimal"
          value={(value as string) ?? ''}
          onChange={(e) => change(e.target.value)}
        />
      );
    case 'date':
      return <DatePicker id={id} value={value as never} onChange={change} style={{ width: '100%' }} />;
    case 'datetime':
      return (
        <DatePicker
          id={id}
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          value={value as never}
          onChange={change}
          style={{ width: '100%' }}
        />
      );
    case 'boolean':
      return <Switch id={id} checked={Boolean(value)} onChange={change} />;
    case 'select':
      return (
        <Select
          id={id}
          allowClear
          value={value as string}
          onChange={(next) => change(next ?? null)}
          options={choicesOf(field).map((choice) => ({ value: choice.value, label: label(choice.label) }))}
        />
      );
    case 'multiSelect':
      return (
        <Select
          id={id}
          mode="multiple"
          allowClear
          value={(value as string[] | undefined) ?? []}
          onChange={(next) => change(next.length ? next : null)}
          options={choicesOf(field).map((choice) => ({ value: choice.value, label: label(choice.label) }))}
        />
      );
    case 'region':
      return <RegionCascader id={id} value={value as string} onChange={change} />;
    case 'tags':
      return <TagsInput field={field} id={id} value={value} onChange={change} />;
    case 'attachment':
      return <AttachmentInput object={object} field={field} id={id} value={value} onChange={change} />;
    case 'user':
      return <UserFieldSelect id={id} value={value} onChange={change} />;
    case 'lookup':
      return (
        <LookupSelect id={id} target={lookupTargetOf(field)} value={value as number} onChange={change} />
      );
    default:
      return (
        <Input
          id={id}
          type={field.type === 'email' ? 'email' : field.type === 'url' ? 'url' : 'text'}
          inputMode={field.type === 'phone' ? 'tel' : undefined}
          value={(value as string) ?? ''}
          onChange={(e) => change(e.target.value)}
        />
      );
  }
}
