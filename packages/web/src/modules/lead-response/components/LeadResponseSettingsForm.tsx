import { SaveOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, InputNumber, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../ui/FormErrorAlert.tsx';
import { applyServerErrors } from '../../../ui/server-errors.ts';
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
  const { message } = App.useApp();
  const [form] = Form.useForm<LeadResponseSettings>();
  const update = useUpdateLeadResponseSettings();
  const [formError, setFormError] = useState<string | null>(null);
  return (
    <Form<LeadResponseSettings>
      form={form}
      layout="vertical"
      name="leadResponse"
      initialValues={settings}
      disabled={!editable}
      onFinish={(values) => {
        setFormError(null);
        update.mutate(values, {
          onSuccess: () => message.success(t('leadResponse.settings.saved')),
          onError: (error) => setFormError(applyServerErrors(form, error)),
        });
      }}
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
        {editable && (
          <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={update.isPending}>
            {t('common.save')}
          </Button>
        )}
      </Card>
    </Form>
  );
}
