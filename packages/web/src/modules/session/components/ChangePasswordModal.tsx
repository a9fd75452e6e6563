import { App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../ui/FormErrorAlert.tsx';
import { applyServerErrors } from '../../../ui/server-errors.ts';
import { useChangePassword } from '../hooks/useChangePassword.ts';

/** Matches the server's minimum, so most mistakes are caught before sending. */
const PASSWORD_MIN_LENGTH = 8;

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** Change own password: current, new and the new one again. */
export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordValues>();
  const changePassword = useChangePassword();
  const [formError, setFormError] = useState<string | null>(null);

  const save = ({ currentPassword, newPassword }: PasswordValues) => {
    setFormError(null);
    changePassword.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          message.success(t('password.changed'));
          onClose();
        },
        onError: (error) => setFormError(applyServerErrors(form, error)),
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('password.title')}
      okText={t('password.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={changePassword.isPending}
      destroyOnHidden
      afterOpenChange={(visible) => {
        if (visible) setFormError(null);
      }}
    >
      <Typography.Paragraph type="secondary">{t('password.hint')}</Typography.Paragraph>
      <FormErrorAlert message={formError} />
      <Form form={form} layout="vertical" name="changePassword" onFinish={save} preserve={false}>
        <Form.Item
          name="currentPassword"
          label={t('password.current')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('password.new')}
          rules={[
            { required: true, message: t('validation.required') },
            {
              min: PASSWORD_MIN_LENGTH,
              message: t('validation.passwordLength', { min: PASSWORD_MIN_LENGTH }),
            },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('password.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('validation.required') },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('password.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
