import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, ColorPicker, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OptionEditorProps } from './option-editor-props.ts';

interface Choice {
  value: string;
  label: { 'zh-CN': string; en: string };
  color?: string;
}

const PALETTE = ['#1677ff', '#52c41a', '#faad14', '#f5222d', '#722ed1', '#13c2c2', '#eb2f96', '#8c8c8c'];

/** The choices of a select or multi-select field: value, labels in both languages and a colour. */
export function ChoicesEditor({ options, onChange, errorOf }: OptionEditorProps) {
  const { t } = useTranslation();
  const choices = (options.choices as Choice[] | undefined) ?? [];
  const set = (next: Choice[]) => onChange({ ...options, choices: next });
  const change = (index: number, patch: Partial<Choice>) =>
    set(choices.map((choice, i) => (i === index ? { ...choice, ...patch } : choice)));
  const add = () => {
    const n = choices.length + 1;
    set([
      ...choices,
      { value: `option${n}`, label: { 'zh-CN': '', en: '' }, color: PALETTE[(n - 1) % PALETTE.length] },
    ]);
  };
  return (
    <Form.Item
      label={t('designer.options.choices')}
      validateStatus={errorOf('choices') ? 'error' : undefined}
      help={errorOf('choices')}
    >
      <Flex vertical gap={6} className="designer-choices">
        {choices.map((choice, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: choices are edited in place, the index is their identity
          <Flex key={index} gap={4} align="center" className="designer-choice">
            <ColorPicker
              size="small"
              value={choice.color ?? PALETTE[0]}
              presets={[{ label: '', colors: PALETTE }]}
              onChangeComplete={(color) => change(index, { color: color.toHexString() })}
            />
            <Input
              size="small"
              placeholder={t('designer.options.choiceZh')}
              aria-label={t('designer.options.choiceZh')}
              style={{ flex: 1, minWidth: 0 }}
              value={choice.label['zh-CN']}
              status={errorOf(`choices.${index}.label`) ? 'error' : undefined}
              onChange={(e) => change(index, { label: { ...choice.label, 'zh-CN': e.target.value } })}
            />
            <Input
              size="small"
              placeholder={t('designer.options.choiceEn')}
              aria-label={t('designer.options.choiceEn')}
              style={{ flex: 1, minWidth: 0 }}
              value={choice.label.en}
              onChange={(e) => change(index, { label: { ...choice.label, en: e.target.value } })}
            />
            <Input
              size="small"
              style={{ width: 72, flex: 'none' }}
              placeholder={t('designer.options.choiceValue')}
              aria-label={t('designer.options.choiceValue')}
              value={choice.value}
              status={errorOf(`choices.${index}.value`) ? 'error' : undefined}
              onChange={(e) => change(index, { value: e.target.value })}
            />
            <Button
              size="small"
              type="text"
              icon={<DeleteOutlined />}
              aria-label={t('common.delete')}
              onClick={() => set(choices.filter((_, i) => i !== index))}
            />
          </Flex>
        ))}
        <Button size="small" icon={<PlusOutlined />} onClick={add} className="designer-add-choice">
          {t('designer.options.addChoice')}
        </Button>
      </Flex>
    </Form.Item>
  );
}
