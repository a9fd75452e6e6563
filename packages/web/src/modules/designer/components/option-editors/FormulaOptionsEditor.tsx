import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OptionEditorProps } from './option-editor-props.ts';

const RESULT_TYPES = ['number', 'currency', 'percent', 'text', 'date', 'boolean'] as const;

/** The expression of a formula field and the type of its result. */
export function FormulaOptionsEditor({ options, onChange, errorOf }: OptionEditorProps) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        label={t('designer.options.expression')}
        extra={t('designer.options.expressionHelp')}
        validateStatus={errorOf('expression') ? 'error' : undefined}
        help={errorOf('expression')}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 6 }}
          value={(options.expression as string | undefined) ?? ''}
          onChange={(e) => onChange({ ...options, expression: e.target.value })}
          style={{ fontFamily: 'monospace' }}
        />
      </Form.Item>
      <Form.Item label={t('designer.options.resultType')} help={errorOf('resultType')}>
        <Select
          value={(options.resultType as string | undefined) ?? 'number'}
          options={RESULT_TYPES.map((type) => ({ value: type, label: t(`designer.types.${type}`) }))}
          onChange={(resultType) => onChange({ ...options, resultType })}
        />
      </Form.Item>
    </>
  );
}
