import { Form, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OptionEditorProps } from './option-editor-props.ts';

/** The maximum length of a text or long-text field. */
export function TextOptionsEditor({ options, onChange, errorOf }: OptionEditorProps) {
  const { t } = useTranslation();
  return (
    <Form.Item label={t('designer.options.maxLength')} help={errorOf('maxLength')}>
      <InputNumber
        min={1}
        precision={0}
        value={options.maxLength as number | undefined}
        placeholder="255"
        onChange={(value) => {
          const next = { ...options };
          if (value === null) delete next.maxLength;
          else next.maxLength = value;
          onChange(next);
        }}
      />
    </Form.Item>
  );
}
