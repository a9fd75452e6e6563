import { Form, InputNumber, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OptionEditorProps } from './option-editor-props.ts';

/** Limits of an attachment field: one or many files, size per file, accepted types. */
export function AttachmentOptionsEditor({ options, onChange, errorOf }: OptionEditorProps) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item label={t('designer.options.multiple')} help={errorOf('multiple')}>
        <Switch
          checked={options.multiple !== false}
          onChange={(multiple) => onChange({ ...options, multiple })}
        />
      </Form.Item>
      <Form.Item label={t('designer.options.maxSizeMb')} help={errorOf('maxSizeMb')}>
        <InputNumber
          min={1}
          max={1024}
          precision={0}
          suffix="MB"
          value={(options.maxSizeMb as number | undefined) ?? 20}
          onChange={(maxSizeMb) => onChange({ ...options, maxSizeMb: maxSizeMb ?? 20 })}
        />
      </Form.Item>
      <Form.Item
        label={t('designer.options.accept')}
        extra={t('designer.options.acceptHelp')}
        help={errorOf('accept')}
      >
        <Select
          mode="tags"
          value={(options.accept as string[] | undefined) ?? []}
          tokenSeparators={[',', ' ']}
          onChange={(accept) => onChange({ ...options, accept })}
        />
      </Form.Item>
    </>
  );
}
