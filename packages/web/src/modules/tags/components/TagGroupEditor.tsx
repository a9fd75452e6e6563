import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, ColorPicker, Flex, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors } from '../../../ui/server-errors.ts';
import type { TagDefinition, TagGroup } from '../api/tag-groups.api.ts';
import { useSaveTagGroup } from '../hooks/useSaveTagGroup.ts';

/** Colours offered for tags (Ant Design's preset palette). */
export const TAG_PALETTE = [
  '#1677ff',
  '#52c41a',
  '#faad14',
  '#f5222d',
  '#722ed1',
  '#13c2c2',
  '#eb2f96',
  '#8c8c8c',
];

interface FormValues {
  key: string;
  label: { 'zh-CN': string; en: string };
  tags: TagDefinition[];
}

interface TagGroupEditorProps {
  /** The group to edit, or null to create one. */
  group: TagGroup | null;
  open: boolean;
  onClose: () => void;
}

/** The dialog that creates or edits a tag group: key, labels in both languages, and its coloured tags. */
export function TagGroupEditor({ group, open, onClose }: TagGroupEditorProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const save = useSaveTagGroup();
  const initialValues: FormValues = group
    ? { key: group.key, label: group.label, tags: group.tags }
    : { key: '', label: { 'zh-CN': '', en: '' }, tags: [] };

  const submit = async (values: FormValues) => {
    setFormError(null);
    const tags = (values.tags ?? []).map((tag) => ({ ...tag, color: tag.color ?? null }));
    try {
      await save.mutateAsync({
        id: group?.id ?? null,
        input: { key: values.key, label: values.label, tags },
      });
      void message.success(t('tagGroups.saved', { name: values.label['zh-CN'] }));
      onClose();
    } catch (error) {
      setFormError(applyServerErrors(form, error));
    }
  };

  return (
    <Modal
      open={open}
      title={group ? t('tagGroups.edit') : t('tagGroups.new')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={720}
      destroyOnHidden
    >
      {formError && <Alert type="error" showIcon message={formError} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={initialValues} onFinish={submit} preserve={false}>
        <Form.Item
          name="key"
          label={t('tagGroups.key')}
          extra={t('tagGroups.keyHelp')}
          rules={[
            { required: true, pattern: /^[a-z][A-Za-z0-9_]{0,39}$/, message: t('tagGroups.keyInvalid') },
          ]}
        >
          <Input disabled={group !== null} />
        </Form.Item>
        <Flex gap={12}>
          <Form.Item
            name={['label', 'zh-CN']}
            label={t('tagGroups.labelZh')}
            rules={[{ required: true, whitespace: true }]}
            style={{ flex: 1 }}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name={['label', 'en']}
            label={t('tagGroups.labelEn')}
            rules={[{ required: true, whitespace: true }]}
            style={{ flex: 1 }}
          >
            <Input />
          </Form.Item>
        </Flex>
        <Form.Item label={t('tagGroups.tags')} required={false}>
          <Form.List name="tags">
            {(items, { add, remove }) => (
              <Flex vertical gap={6}>
                {items.map((item) => (
                  <Flex key={item.key} gap={6} align="start">
                    <Form.Item name={[item.name, 'color']} noStyle>
                      <TagColorPicker />
                    </Form.Item>
                    <Form.Item
                      name={[item.name, 'label', 'zh-CN']}
                      rules={[{ required: true, whitespace: true, message: t('tagGroups.labelRequired') }]}
                      style={{ flex: 1, marginBottom: 0 }}
                    >
                      <Input placeholder={t('tagGroups.labelZh')} aria-label={t('tagGroups.labelZh')} />
                    </Form.Item>
                    <Form.Item
                      name={[item.name, 'label', 'en']}
                      rules={[{ required: true, whitespace: true, message: t('tagGroups.labelRequired') }]}
                      style={{ flex: 1, marginBottom: 0 }}
                    >
                      <Input placeholder={t('tagGroups.labelEn')} aria-label={t('tagGroups.labelEn')} />
                    </Form.Item>
                    <Form.Item
                      name={[item.name, 'key']}
                      rules={[
                        {
                          required: true,
                          pattern: /^[A-Za-z0-9_-]{1,40}$/,
                          message: t('tagGroups.tagKeyInvalid'),
                        },
                      ]}
                      style={{ width: 130, marginBottom: 0 }}
                    >
                      <Input placeholder={t('tagGroups.tagKey')} aria-label={t('tagGroups.tagKey')} />
                    </Form.Item>
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      aria-label={t('common.delete')}
                      onClick={() => remove(item.name)}
                    />
                  </Flex>
                ))}
                <Button
                  icon={<PlusOutlined />}
                  onClick={() =>
                    add({
                      key: `tag${items.length + 1}`,
                      label: { 'zh-CN': '', en: '' },
                      color: TAG_PALETTE[items.length % TAG_PALETTE.length],
                    })
                  }
                >
                  {t('tagGroups.addTag')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** A colour swatch bound to a form value (`#rrggbb` or null). */
function TagColorPicker({ value, onChange }: { value?: string | null; onChange?: (value: string) => void }) {
  return (
    <ColorPicker
      value={value ?? TAG_PALETTE[0]}
      presets={[{ label: '', colors: TAG_PALETTE }]}
      disabledAlpha
      onChangeComplete={(color) => onChange?.(color.toHexString())}
    />
  );
}
