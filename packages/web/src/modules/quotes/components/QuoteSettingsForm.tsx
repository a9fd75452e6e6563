import { Card, Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../ui/FormErrorAlert.tsx';
import { SettingsSaveButton, useSettingsForm } from '../../../ui/useSettingsForm.tsx';
import type { QuoteSettings } from '../api/quotes.api.ts';
import { useUpdateQuoteSettings } from '../hooks/useUpdateQuoteSettings.ts';

/** The discount approval threshold and the default validity of quotes, saved together. */
export function QuoteSettingsForm({ settings, editable }: { settings: QuoteSettings; editable: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateQuoteSettings();
  const { form, formError, save: saveSettings } = useSettingsForm(update, t('quotes.settings.saved'));
  const save = (values: QuoteSettings) =>
    saveSettings({
      discountApprovalThreshold: values.discountApprovalThreshold.trim(),
      defaultValidityDays: values.defaultValidityDays,
    });
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
        <SettingsSaveButton editable={editable} pending={update.isPending} />
      </Card>
    </Form>
  );
}
