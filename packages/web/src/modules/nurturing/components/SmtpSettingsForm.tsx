import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../ui/FormErrorAlert.tsx';
import { applyServerErrors, errorMessage } from '../../../ui/server-errors.ts';
import type { SmtpSecurity, SmtpSettings, SmtpSettingsInput } from '../api/email.api.ts';
import { useSendTestEmail } from '../hooks/useSendTestEmail.ts';
import { useUpdateSmtpSettings } from '../hooks/useUpdateSmtpSettings.ts';

interface SmtpFormValues {
  host: string;
  port: number;
  security: SmtpSecurity;
  user: string;
  password: string;
  fromAddress: string;
  fromName: string;
  publicUrl: string;
}

const DEFAULT_PORTS: Record<SmtpSecurity, number> = { starttls: 587, tls: 465, none: 25 };

/**
 * 发信设置: the SMTP account (the password is write-only: left empty it stays as it is), the sender, and the
 * address recipients reach this server at (for unsubscribe links). A test email goes out with the saved
 * settings and shows the server's answer when it fails.
 */
export function SmtpSettingsForm({ settings }: { settings: SmtpSettings }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<SmtpFormValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const update = useUpdateSmtpSettings();
  const test = useSendTestEmail();
  const [testTo, setTestTo] = useState('');
  const [testResult, setTestResult] = useState<{ ok: boolean; text: string } | null>(null);

  const save = async (values: SmtpFormValues, password?: string | null) => {
    setFormError(null);
    const input: SmtpSettingsInput = {
      host: values.host.trim(),
      port: values.port,
      security: values.security,
      user: values.user.trim(),
      fromAddress: values.fromAddress.trim(),
      fromName: values.fromName.trim(),
      publicUrl: values.publicUrl.trim(),
      ...(password !== undefined ? { password } : values.password ? { password: values.password } : {}),
    };
    try {
      await update.mutateAsync(input);
      form.setFieldValue('password', '');
      message.success(t('nurturing.smtp.saved'));
    } catch (error) {
      setFormError(applyServerErrors(form, error));
    }
  };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 760 }}>
      <Form<SmtpFormValues>
        form={form}
        layout="vertical"
        name="smtp"
        initialValues={{
          ...settings,
          password: '',
          publicUrl: settings.publicUrl || window.location.origin,
        }}
        onFinish={(values) => save(values)}
      >
        <FormErrorAlert message={formError} />
        <Card title={t('nurturing.smtp.title')}>
          {!settings.configured && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title={t('nurturing.smtp.notConfigured')}
            />
          )}
          <Flex gap={16} wrap>
            <Form.Item name="host" label={t('nurturing.smtp.host')} style={{ flex: '2 1 280px' }}>
              <Input placeholder="smtp.exmail.qq.com" />
            </Form.Item>
            <Form.Item name="security" label={t('nurturing.smtp.security')} style={{ flex: '1 1 180px' }}>
              <Select<SmtpSecurity>
                options={(['starttls', 'tls', 'none'] as const).map((value) => ({
                  value,
                  label: t(`nurturing.smtp.securities.${value}`),
                }))}
                onChange={(value) => form.setFieldValue('port', DEFAULT_PORTS[value])}
              />
            </Form.Item>
            <Form.Item
              name="port"
              label={t('nurturing.smtp.port')}
              rules={[{ required: true, message: t('validation.required') }]}
              style={{ flex: '0 1 120px' }}
            >
              <InputNumber min={1} max={65535} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Flex>
          <Flex gap={16} wrap>
            <Form.Item name="user" label={t('nurturing.smtp.user')} style={{ flex: '1 1 280px' }}>
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('nurturing.smtp.password')}
              extra={
                settings.passwordSet ? t('nurturing.smtp.passwordKept') : t('nurturing.smtp.passwordNone')
              }
              style={{ flex: '1 1 280px' }}
            >
              <Input.Password
                autoComplete="new-password"
                placeholder={settings.passwordSet ? '••••••••' : undefined}
              />
            </Form.Item>
          </Flex>
          <Flex gap={16} wrap>
            <Form.Item
              name="fromAddress"
              label={t('nurturing.smtp.fromAddress')}
              rules={[{ type: 'email', message: t('validation.email') }]}
              style={{ flex: '1 1 280px' }}
            >
              <Input placeholder="market@example.com" />
            </Form.Item>
            <Form.Item name="fromName" label={t('nurturing.smtp.fromName')} style={{ flex: '1 1 280px' }}>
              <Input placeholder={t('nurturing.smtp.fromNamePlaceholder')} />
            </Form.Item>
          </Flex>
          <Form.Item
            name="publicUrl"
            label={t('nurturing.smtp.publicUrl')}
            extra={t('nurturing.smtp.publicUrlHint')}
            rules={[{ type: 'url', message: t('validation.url') }]}
          >
            <Input placeholder="https://crm.example.com" />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={update.isPending}>
              {t('common.save')}
            </Button>
            {settings.passwordSet && (
              <Button onClick={() => save(form.getFieldsValue(true), null)}>
                {t('nurturing.smtp.removePassword')}
              </Button>
            )}
          </Space>
        </Card>
      </Form>
      <Card title={t('nurturing.smtp.testTitle')}>
        <Typography.Paragraph type="secondary">{t('nurturing.smtp.testHint')}</Typography.Paragraph>
        <Space.Compact style={{ width: '100%', maxWidth: 520 }}>
          <Input
            value={testTo}
            aria-label={t('nurturing.smtp.testTo')}
            placeholder={t('nurturing.smtp.testTo')}
            onChange={(event) => setTestTo(event.target.value)}
          />
          <Button
            icon={<SendOutlined />}
            loading={test.isPending}
            disabled={testTo.trim() === ''}
            onClick={async () => {
              setTestResult(null);
              try {
                await test.mutateAsync(testTo.trim());
                setTestResult({ ok: true, text: t('nurturing.smtp.testSent', { to: testTo.trim() }) });
              } catch (error) {
                setTestResult({ ok: false, text: errorMessage(error) });
              }
            }}
          >
            {t('nurturing.smtp.testAction')}
          </Button>
        </Space.Compact>
        {testResult && (
          <Alert
            className="smtp-test-result"
            type={testResult.ok ? 'success' : 'error'}
            showIcon
            title={testResult.text}
            style={{ marginTop: 16 }}
          />
        )}
      </Card>
    </Flex>
  );
}
