import { Flex, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../ui/FormErrorAlert.tsx';
import { applyServerErrors } from '../../../ui/server-errors.ts';
import type { ObjectDefinition } from '../../records/api/objects.api.ts';
import { useCreateObject } from '../hooks/useCreateObject.ts';
import { API_NAME_PATTERN } from '../utils/field-type-catalog.tsx';
import { OBJECT_ICONS } from '../utils/object-icons.tsx';

interface CreateObjectValues {
  apiName: string;
  labelZh: string;
  labelEn?: string;
  pluralEn?: string;
  icon?: string;
}

/** Creates a custom object: api name, labels in both languages (and the English plural), icon. */
export function CreateObjectModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (object: ObjectDefinition) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CreateObjectValues>();
  const create = useCreateObject();
  const [formError, setFormError] = useState<string | null>(null);

  const submit = async (values: CreateObjectValues) => {
    setFormError(null);
    try {
      const pluralEn = values.pluralEn?.trim();
      const object = await create.mutateAsync({
        apiName: values.apiName.trim(),
        label: { 'zh-CN': values.labelZh.trim(), en: values.labelEn?.trim() || values.labelZh.trim() },
        ...(pluralEn ? { pluralLabel: { en: pluralEn } } : {}),
        icon: values.icon ?? null,
      });
      form.resetFields();
      onCreated(object);
    } catch (error) {
      setFormError(applyServerErrors(form, error));
    }
  };

  return (
    <Modal
      open={open}
      title={t('designer.newObject')}
      okText={t('designer.createObject')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <FormErrorAlert message={formError} />
      <Form
        form={form}
        name="object"
        layout="vertical"
        onFinish={submit}
        initialValues={{ icon: 'appstore' }}
      >
        <Form.Item
          name="labelZh"
          label={t('designer.objectLabelZh')}
          rules={[{ required: true, whitespace: true, message: t('designer.labelRequired') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="labelEn" label={t('designer.objectLabelEn')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="pluralEn"
          label={t('designer.objectPluralEn')}
          extra={t('designer.objectPluralEnHelp')}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="apiName"
          label={t('designer.apiName')}
          extra={t('designer.objectApiNameHelp')}
          rules={[
            { required: true, message: t('designer.apiNameInvalid') },
            { pattern: API_NAME_PATTERN, message: t('designer.apiNameInvalid') },
          ]}
        >
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="icon" label={t('designer.icon')}>
          <Select
            options={Object.entries(OBJECT_ICONS).map(([name, icon]) => ({
              value: name,
              label: (
                <Flex gap={8} align="center">
                  {icon} {name}
                </Flex>
              ),
            }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
