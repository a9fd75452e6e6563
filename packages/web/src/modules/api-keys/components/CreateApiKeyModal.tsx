import { Checkbox, DatePicker, Flex, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../ui/FormErrorAlert.tsx';
import { endOfDisplayDay } from '../../../ui/format.ts';
import { applyServerErrors } from '../../../ui/server-errors.ts';
import { useCurrentUser } from '../../session/hooks/useCurrentUser.ts';
import { UserSelect } from '../../users/components/UserSelect.tsx';
import { API_KEY_SCOPES, type ApiKey, type ApiKeyScope } from '../api/api-keys.api.ts';
import { useCreateApiKey } from '../hooks/useCreateApiKey.ts';

interface CreateApiKeyValues {
  name: string;
  scopes: ApiKeyScope[];
  /** A calendar day; the key works until the end of it (Asia/Shanghai). */
  expiresAt?: Dayjs | null;
  userId?: number | null;
}

interface CreateApiKeyModalProps {
  open: boolean;
  onClose: () => void;
  /** The key was created: `key` is the secret, to be shown once. */
  onCreated: (apiKey: ApiKey, key: string) => void;
}

/** Name, scopes and optional expiry of a new API key (administrators may create one for another user). */
export function CreateApiKeyModal({ open, onClose, onCreated }: CreateApiKeyModalProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [form] = Form.useForm<CreateApiKeyValues>();
  const create = useCreateApiKey();
  const [formError, setFormError] = useState<string | null>(null);

  useEffect(() => {
    if (open) {
      setFormError(null);
      form.resetFields();
    }
  }, [open, form]);

  const submit = (values: CreateApiKeyValues) => {
    setFormError(null);
    create.mutate(
      {
        name: values.name.trim(),
        scopes: values.scopes,
        ...(values.expiresAt ? { expiresAt: endOfDisplayDay(values.expiresAt.format('YYYY-MM-DD')) } : {}),
        ...(values.userId && values.userId !== me.id ? { userId: values.userId } : {}),
      },
      {
        onSuccess: ({ apiKey, key }) => onCreated(apiKey, key),
        onError: (error) => setFormError(applyServerErrors(form, error)),
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('apiKeys.createTitle')}
      okText={t('apiKeys.create')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      destroyOnHidden
      width={560}
    >
      <FormErrorAlert message={formError} />
      <Form
        form={form}
        layout="vertical"
        name="apiKey"
        onFinish={submit}
        initialValues={{ scopes: ['read'] }}
      >
        <Form.Item
          name="name"
          label={t('apiKeys.fields.name')}
          extra={t('apiKeys.nameHint')}
          rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
        >
          <Input maxLength={100} placeholder={t('apiKeys.namePlaceholder')} />
        </Form.Item>
        <Form.Item
          name="scopes"
          label={t('apiKeys.fields.scopes')}
          rules={[{ required: true, type: 'array', min: 1, message: t('apiKeys.scopesRequired') }]}
        >
          <Checkbox.Group style={{ width: '100%' }}>
            <Flex vertical gap={8}>
              {API_KEY_SCOPES.map((scope) => (
                <Checkbox key={scope} value={scope}>
                  <Typography.Text strong>{t(`apiKeys.scopes.${scope}.label`)}</Typography.Text>
                  <Typography.Text type="secondary">
                    {' '}
                    — {t(`apiKeys.scopes.${scope}.description`)}
                  </Typography.Text>
                </Checkbox>
              ))}
            </Flex>
          </Checkbox.Group>
        </Form.Item>
        <Form.Item name="expiresAt" label={t('apiKeys.fields.expiresAt')} extra={t('apiKeys.expiryHint')}>
          <DatePicker
            style={{ width: 220 }}
            disabledDate={(day) => day.isBefore(dayjs(), 'day')}
            placeholder={t('apiKeys.neverExpires')}
          />
        </Form.Item>
        {me.isAdmin && (
          <Form.Item name="userId" label={t('apiKeys.fields.user')} extra={t('apiKeys.userHint')}>
            <UserSelect placeholder={t('apiKeys.forMyself')} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
