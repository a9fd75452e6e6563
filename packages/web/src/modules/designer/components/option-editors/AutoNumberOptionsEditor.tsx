import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OptionEditorProps } from './option-editor-props.ts';

/** The numbering pattern of an auto-number field, e.g. `BX-{YYYY}-{0000}`. */
export function AutoNumberOptionsEditor({ options, onChange, errorOf }: OptionEditorProps) {
  const { t } = useTranslation();
  return (
    <Form.Item
      label={t('designer.options.pattern')}
      extra={t('designer.options.patternHelp')}
      validateStatus={errorOf('pattern') ? 'error' : undefined}
      help={errorOf('pattern')}
    >
      <Input
        value={(options.pattern as string | undefined) ?? ''}
        onChange={(e) => onChange({ ...options, pattern: e.target.value })}
      />
    </Form.Item>
  );
}
