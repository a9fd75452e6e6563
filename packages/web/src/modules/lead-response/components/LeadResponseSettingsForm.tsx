import { Card, Form, InputNumber, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../ui/FormErrorAlert.tsx';
import { SettingsSaveButton, useSettingsForm } from '../../../ui/useSettingsForm.tsx';
import type { LeadResponseSettings } from '../api/lead-response.api.ts';
import { useUpdateLeadResponseSettings } from '../hooks/useUpdateLeadResponseSettings.ts';

/** The first-response target (黄金5分钟) and whether a miss is escalated. */
export function LeadResponseSettingsForm({
  settings,
  editable,
}: {
  settings: LeadResponseSettings;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const update = useUpdateLeadResponseSettings();
  const { form, formError, save } = useSettingsForm(update, t('leadResponse.settings.saved'));
  return (
    <Form<LeadResponseSettings>
      form={form}
      layout="vertical"
      name="leadResponse"
      initialValues={settings}
      disabled={!editable}
      onFinish={(values) => save(values)}
    >
      <FormErrorAlert message={formError} />
      <Card title={t('leadResponse.settings.title')} style={{ maxWidth: 720 }}>
        <Form.Item
          name="targetMinutes"
          label={t('leadResponse.settings.target')}
          extra={t('leadResponse.settings.targetHint')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <InputNumber
            min={1}
            max={10080}
            precision={0}
            suffix={t('leadResponse.minutes')}
            style={{ width: 200 }}
          />
        </Form.Item>
        <Form.Item
          name="escalate"
          label={t('leadResponse.settings.escalate')}
          extra={t('leadResponse.settings.escalateHint')}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
        <SettingsSaveButton editable={editable} pending={update.isPending} />
      </Card>
    </Form>
  );
}
