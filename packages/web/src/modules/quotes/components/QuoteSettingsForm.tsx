import { SaveOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, InputNumber } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../ui/FormErrorAlert.tsx';
import { applyServerErrors } from '../../../ui/server-errors.ts';
import type { QuoteSettings } from '../api/quotes.api.ts';
import { useUpdateQuoteSettings } from '../hooks/useUpdateQuoteSettings.ts';

/** The discount approval threshold and the default validity of quotes, saved together. */
export function QuoteSettingsForm({ settings, editable }: { settings: QuoteSettings; editable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<QuoteSettings>();
  const update = useUpdateQuoteSettings();
  const [formError, setFormError] = useState<string | null>(null);
  const save = (values: QuoteSettings) => {
    setFormError(null);
    update.mutate(
      {
        discountApprovalThreshold: values.discountApprovalThreshold.trim(),
        defaultValidityDays: values.defaultValidityDays,
      },
      {
        onSuccess: () => message.success(t('quotes.settings.saved')),
        onError: (error) => setFormError(applyServerErrors(form, error)),
      },
    );
  };
  return (
    <Form<QuoteSettings>
      form={form}
      layout="vertical"
      name="quoteSettings"
      initialValues={settings}
      onFinish={save}
      disabled={!editable}
    >
      <FormErrorAlert message={formError} />
      <Card style={{ maxWidth: 640 }}>
        <Form.Item
          name="discountApprovalThreshold"
          label={t('quotes.settings.threshold')}
          extra={t('quotes.settings.thresholdHint')}
          rules={[
            { required: true, message: t('validation.required') },
            {
              pattern: /^(?:100(?:\.0{1,2})?|[0-9]{1,2}(?:\.[0-9]{1,2})?)$/,
              message: t('quotes.settings.thresholdInvalid'),
            },
          ]}
        >
          <Input suffix="%" inputMode="decimal" style={{ maxWidth: 200 }} />
        </Form.Item>
        <Form.Item
          name="defaultValidityDays"
          label={t('quotes.settings.validity')}
          extra={t('quotes.settings.validityHint')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <InputNumber
            min={1}
            max={365}
            precision={0}
            suffix={t('quotes.settings.days')}
            style={{ width: 200 }}
          />
        </Form.Item>
        {editable && (
          <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={update.isPending}>
            {t('common.save')}
          </Button>
        )}
      </Card>
    </Form>
  );
}
