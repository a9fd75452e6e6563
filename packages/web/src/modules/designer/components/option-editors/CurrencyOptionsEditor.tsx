import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OptionEditorProps } from './option-editor-props.ts';

const CODES = ['CNY', 'USD', 'EUR', 'HKD', 'JPY', 'GBP'];

/** The currency code of a currency field (CNY unless chosen otherwise). */
export function CurrencyOptionsEditor({ options, onChange, errorOf }: OptionEditorProps) {
  const { t } = useTranslation();
  return (
    <Form.Item label={t('designer.options.currency')} help={errorOf('currency')}>
      <Select
        value={(options.currency as string | undefined) ?? 'CNY'}
        options={CODES.map((code) => ({ value: code, label: code }))}
        onChange={(currency) => onChange({ ...options, currency })}
      />
    </Form.Item>
  );
}
