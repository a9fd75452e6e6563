import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Input, Select, Space, Table, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { ObjectDefinition } from '../../records/api/objects.api.ts';
import { useFieldLabel } from '../../records/hooks/useFieldLabel.ts';
import type { LeadFormField } from '../api/lead-forms.api.ts';
import { addField, askableFields, type LeadFormDraft, moveField } from '../utils/form-draft.ts';

interface Props {
  draft: LeadFormDraft;
  lead: ObjectDefinition;
  onChange: (draft: LeadFormDraft) => void;
  errors: Record<string, string>;
}

/** The lead fields the form asks for, in order: labels in both languages, required, move and remove. */
export function LeadFormFieldsCard({ draft, lead, onChange, errors }: Props) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const fieldLabel = (apiName: string) => label(lead.fields.find((f) => f.apiName === apiName)?.label);
  const update = (index: number, patch: Partial<LeadFormField>) =>
    onChange({ ...draft, fields: draft.fields.map((f, i) => (i === index ? { ...f, ...patch } : f)) });
  const available = askableFields(lead).filter(
    (field) => !draft.fields.some((f) => f.field === field.apiName),
  );
  const fieldErrors = Object.entries(errors)
    .filter(([field]) => field === 'fields' || field.startsWith('fields.'))
    .map(([, text]) => text);
  const columns: ColumnsType<LeadFormField & { index: number }> = [
    {
      key: 'field',
      title: t('leadForms.fields.field'),
      width: 110,
      render: (_, row) => <span className="lead-form-field-name">{fieldLabel(row.field)}</span>,
    },
    ...(['zh-CN', 'en'] as const).map((locale) => ({
      key: locale,
      title: t(locale === 'zh-CN' ? 'leadForms.fields.labelZh' : 'leadForms.fields.labelEn'),
      render: (_: unknown, row: LeadFormField & { index: number }) => (
        <Input
          size="small"
          aria-label={`${fieldLabel(row.field)} ${locale}`}
          value={row.label[locale]}
          maxLength={100}
          onChange={(e) => update(row.index, { label: { ...row.label, [locale]: e.target.value } })}
        />
      ),
    })),
    {
      key: 'required',
      title: t('leadForms.fields.required'),
      width: 64,
      render: (_, row) =>
        row.field === 'name' ? (
          <Tooltip title={t('leadForms.fields.nameAlwaysRequired')}>
            <Checkbox checked disabled />
          </Tooltip>
        ) : (
          <Checkbox
            aria-label={`${fieldLabel(row.field)} ${t('leadForms.fields.required')}`}
            checked={row.required}
            onChange={(e) => update(row.index, { required: e.target.checked })}
          />
        ),
    },
    {
      key: 'actions',
      width: 120,
      render: (_, row) => (
        <Space size={0}>
          <Button
            type="text"
            size="small"
            icon={<ArrowUpOutlined />}
            aria-label={t('leadForms.fields.moveUp')}
            disabled={row.index === 0}
            onClick={() => onChange(moveField(draft, row.index, -1))}
          />
          <Button
            type="text"
            size="small"
            icon={<ArrowDownOutlined />}
            aria-label={t('leadForms.fields.moveDown')}
            disabled={row.index === draft.fields.length - 1}
            onClick={() => onChange(moveField(draft, row.index, 1))}
          />
          <Button
            type="text"
            size="small"
            danger
            icon={<DeleteOutlined />}
            aria-label={t('leadForms.fields.remove')}
            disabled={row.field === 'name'}
            onClick={() => onChange({ ...draft, fields: draft.fields.filter((_, i) => i !== row.index) })}
          />
        </Space>
      ),
    },
  ];
  return (
    <Card title={t('leadForms.fieldsCard')}>
      {fieldErrors.length > 0 && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={fieldErrors.join('；')} />
      )}
      <Table
        className="lead-form-fields"
        size="small"
        rowKey="field"
        pagination={false}
        columns={columns}
        dataSource={draft.fields.map((field, index) => ({ ...field, index }))}
      />
      <Select
        id="leadForm_addField"
        style={{ marginTop: 12, minWidth: 260 }}
        placeholder={t('leadForms.fields.addPlaceholder')}
        value={null}
        showSearch
        optionFilterProp="label"
        onChange={(apiName: string) => onChange(addField(draft, lead, apiName))}
        options={available.map((field) => ({ value: field.apiName, label: label(field.label) }))}
      />
    </Card>
  );
}
