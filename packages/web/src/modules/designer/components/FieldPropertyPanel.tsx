import { DeleteOutlined } from '@ant-design/icons';
import { Alert, Button, Divider, Form, Input, Switch, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FieldInput } from '../../records/components/FieldInput.tsx';
import { toApiValue, toFormValue } from '../../records/utils/form-values.ts';
import { type DraftField, isRemovable } from '../utils/designer-draft.ts';
import { API_NAME_PATTERN, fieldTypeInfo } from '../utils/field-type-catalog.tsx';
import { previewField } from '../utils/preview-field.ts';
import { TypeOptionsEditor } from './option-editors/TypeOptionsEditor.tsx';

/** Types whose default value the panel can edit with the field's own widget. */
const DEFAULTABLE = new Set([
  'text',
  'longText',
  'number',
  'currency',
  'percent',
  'date',
  'boolean',
  'select',
  'multiSelect',
  'phone',
  'email',
  'url',
]);

const TOP_LEVEL = ['apiName', 'label', 'required', 'unique', 'defaultValue', 'helpText'];

interface FieldPropertyPanelProps {
  field: DraftField;
  onChange: (field: DraftField) => void;
  onRemove: () => void;
  /** Problems the server reported for this field at the last save. */
  problems: Array<{ field: string; message: string }>;
}

/** The properties of the selected field: labels, api name (new fields only), rules, default, help, type options. */
export function FieldPropertyPanel({ field, onChange, onRemove, problems }: FieldPropertyPanelProps) {
  const { t } = useTranslation();
  const info = fieldTypeInfo(field.type);
  const isNew = !field.saved;
  const errorOf = (path: string) =>
    problems
      .filter((problem) => problem.field === path || problem.field.startsWith(`${path}.`))
      .map((problem) => problem.message)
      .join('; ') || undefined;
  const other = problems.filter(
    (problem) => !TOP_LEVEL.some((key) => problem.field === key || problem.field.startsWith(`${key}.`)),
  );
  const apiNameInvalid = isNew && field.apiName !== '' && !API_NAME_PATTERN.test(field.apiName);
  const apiNameError = apiNameInvalid ? t('designer.apiNameInvalid') : errorOf('apiName');
  const set = (patch: Partial<DraftField>) => onChange({ ...field, ...patch });
  const asDefinition = previewField(field);
  return (
    <Form layout="vertical" size="small" className="designer-properties" component="div">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('designer.properties')} <Tag icon={info.icon}>{t(`designer.types.${field.type}`)}</Tag>
      </Typography.Title>
      <Form.Item
        label={t('designer.labelZh')}
        required
        validateStatus={errorOf('label') ? 'error' : undefined}
        help={errorOf('label')}
      >
        <Input
          id="designer-label-zh"
          value={field.label['zh-CN']}
          onChange={(e) => set({ label: { ...field.label, 'zh-CN': e.target.value } })}
        />
      </Form.Item>
      <Form.Item label={t('designer.labelEn')}>
        <Input
          id="designer-label-en"
          value={field.label.en}
          onChange={(e) => set({ label: { ...field.label, en: e.target.value } })}
        />
      </Form.Item>
      <Form.Item
        label={t('designer.apiName')}
        required={isNew}
        extra={isNew ? t('designer.apiNameHelp') : t('designer.apiNameFixed')}
        validateStatus={apiNameError ? 'error' : undefined}
        help={apiNameError}
      >
        <Input
          id="designer-api-name"
          value={field.apiName}
          disabled={!isNew}
          onChange={(e) => set({ apiName: e.target.value.trim() })}
        />
      </Form.Item>
      {!info.computed && (
        <Form.Item label={t('designer.required')} help={errorOf('required')}>
          <Switch
            id="designer-required"
            checked={field.required}
            onChange={(required) => set({ required })}
          />
        </Form.Item>
      )}
      {info.canBeUnique && (
        <Form.Item
          label={t('designer.unique')}
          validateStatus={errorOf('unique') ? 'error' : undefined}
          help={errorOf('unique')}
        >
          <Switch id="designer-unique" checked={field.unique} onChange={(unique) => set({ unique })} />
        </Form.Item>
      )}
      {DEFAULTABLE.has(field.type) && (
        <Form.Item
          label={t('designer.defaultValue')}
          validateStatus={errorOf('defaultValue') ? 'error' : undefined}
          help={errorOf('defaultValue')}
        >
          <FieldInput
            id="designer-default"
            field={asDefinition}
            value={toFormValue(asDefinition, field.defaultValue)}
            onChange={(value) => set({ defaultValue: toApiValue(asDefinition, value) })}
          />
        </Form.Item>
      )}
      <Form.Item label={t('designer.helpText')} help={errorOf('helpText')}>
        <Input
          id="designer-help-zh"
          placeholder={t('designer.helpTextZh')}
          value={field.helpText?.['zh-CN'] ?? ''}
          onChange={(e) => {
            const zh = e.target.value;
            set({ helpText: zh ? { 'zh-CN': zh, en: field.helpText?.en || zh } : null });
          }}
        />
        <Input
          id="designer-help-en"
          style={{ marginTop: 4 }}
          placeholder={t('designer.helpTextEn')}
          value={field.helpText?.en ?? ''}
          disabled={!field.helpText}
          onChange={(e) =>
            field.helpText &&
            set({ helpText: { ...field.helpText, en: e.target.value || field.helpText['zh-CN'] } })
          }
        />
      </Form.Item>
      <Divider plain style={{ margin: '8px 0' }}>
        {t('designer.typeOptions')}
      </Divider>
      {other.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          message={other.map((problem) => problem.message).join('; ')}
          className="designer-field-error"
        />
      )}
      <TypeOptionsEditor
        type={field.type}
        isNew={isNew}
        options={field.options}
        onChange={(options) => set({ options })}
        errorOf={(path) => errorOf(`options.${path}`)}
      />
      {isRemovable(field) ? (
        <Button danger block icon={<DeleteOutlined />} onClick={onRemove} style={{ marginTop: 8 }}>
          {t('designer.removeField')}
        </Button>
      ) : (
        <Typography.Text type="secondary">{t('designer.builtInField')}</Typography.Text>
      )}
    </Form>
  );
}
