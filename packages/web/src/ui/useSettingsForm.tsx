import { SaveOutlined } from '@ant-design/icons';
import type { UseMutationResult } from '@tanstack/react-query';
import { App, Button, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors } from './server-errors.ts';

/**
 * A settings form saved whole through `mutation`: the form instance, the form-level error to show in a
 * `FormErrorAlert`, and `save`, which clears the error, saves, confirms with `savedMessage` and puts the
 * server's field errors on the fields.
 */
export function useSettingsForm<T>(
  mutation: UseMutationResult<T, unknown, Partial<T>>,
  savedMessage: string,
) {
  const { message } = App.useApp();
  const [form] = Form.useForm<T>();
  const [formError, setFormError] = useState<string | null>(null);
  const save = (values: Partial<T>, onSaved?: (saved: T) => void) => {
    setFormError(null);
    mutation.mutate(values, {
      onSuccess: (saved) => {
        onSaved?.(saved);
        message.success(savedMessage);
      },
      onError: (error) => setFormError(applyServerErrors(form, error)),
    });
  };
  return { form, formError, save };
}

/** The save button of a settings form, shown to those who may change the settings. */
export function SettingsSaveButton({ editable, pending }: { editable: boolean; pending: boolean }) {
  const { t } = useTranslation();
  if (!editable) return null;
  return (
    <Button
      type="primary"
      htmlType="submit"
      icon={<SaveOutlined />}
      loading={pending}
      style={{ width: 'fit-content' }}
    >
      {t('common.save')}
    </Button>
  );
}
