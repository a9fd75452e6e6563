import { Form, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OptionEditorProps } from './option-editor-props.ts';

/** Precision (fraction digits) and bounds of a number or percent field. */
export function NumberOptionsEditor({ options, onChange, errorOf }: OptionEditorProps) {
  const { t } = useTranslation();
  const set = (key: string, value: number | null) => {
    const next = { ...options };
    if (value === null) delete next[key];
    else next[key] = value;
    onChange(next);
  };
  return (
    <>
      <Form.Item label={t('designer.options.scale')} help={errorOf('scale')}>
        <InputNumber
          min={0}
          max={10}
          precision={0}
          value={(options.scale as number | undefined) ?? 2}
          onChange={(value) => set('scale', value)}
        />
      </Form.Item>
      <Form.Item label={t('designer.options.min')} help={errorOf('min')}>
        <InputNumber value={options.min as number | undefined} onChange={(value) => set('min', value)} />
      </Form.Item>
      <Form.Item label={t('designer.options.max')} help={errorOf('max')}>
        <InputNumber value={options.max as number | undefined} onChange={(value) => set('max', value)} />
      </Form.Item>
    </>
  );
}
