import { SaveOutlined } from '@ant-design/icons';
import { LOCALES } from '@lodestar/shared';
import { App, Button, Card, Col, Form, Input, Row, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../ui/FormErrorAlert.tsx';
import { applyServerErrors } from '../../../ui/server-errors.ts';
import { timeZoneOptions } from '../../../ui/time-zones.ts';
import type { CompanySettings } from '../api/settings.api.ts';
import { useUpdateSettings } from '../hooks/useUpdateSettings.ts';

const CURRENCIES = ['CNY', 'HKD', 'TWD', 'USD', 'EUR', 'GBP', 'JPY', 'SGD'] as const;

interface CompanySettingsFormProps {
  settings: CompanySettings;
  editable: boolean;
}

/** Company profile and regional defaults, saved together. */
export function CompanySettingsForm({ settings, editable }: CompanySettingsFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CompanySettings>();
  const update = useUpdateSettings();
  const [formError, setFormError] = useState<string | null>(null);
  const [zones] = useState(timeZoneOptions);

  useEffect(() => {
    form.setFieldsValue(settings);
  }, [form, settings]);

  const save = (values: CompanySettings) => {
    setFormError(null);
    const company = {
      ...values.company,
      logoUrl: values.company.logoUrl?.trim() ? values.company.logoUrl.trim() : null,
    };
    update.mutate(
      { company, locale: values.locale },
      {
        onSuccess: () => message.success(t('companySettings.saved')),
        onError: (error) => setFormError(applyServerErrors(form, error)),
      },
    );
  };

  return (
    <Form
      form={form}
      layout="vertical"
      name="companySettings"
      initialValues={settings}
      onFinish={save}
      disabled={!editable}
    >
      <FormErrorAlert message={formError} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title={t('companySettings.companyCard')}>
            <Row gutter={16}>
              <Col span={14}>
                <Form.Item
                  name={['company', 'name']}
                  label={t('companySettings.name')}
                  rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
                >
                  <Input maxLength={200} placeholder={t('companySettings.namePlaceholder')} />
                </Form.Item>
              </Col>
              <Col span={10}>
                <Form.Item
                  name={['company', 'shortName']}
                  label={t('companySettings.shortName')}
                  extra={t('companySettings.shortNameHint')}
                >
                  <Input maxLength={50} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name={['company', 'address']} label={t('companySettings.address')}>
              <Input maxLength={300} />
            </Form.Item>
            <Row gutter={16}>
              <Col span={12}>
                <Form.Item name={['company', 'phone']} label={t('companySettings.phone')}>
                  <Input maxLength={40} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item
                  name={['company', 'taxId']}
                  label={t('companySettings.taxId')}
                  extra={t('companySettings.taxIdHint')}
                >
                  <Input maxLength={40} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item
              name={['company', 'logoUrl']}
              label={t('companySettings.logoUrl')}
              rules={[{ type: 'url', message: t('validation.url') }]}
            >
              <Input maxLength={500} placeholder="https://" />
            </Form.Item>
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('companySettings.regionCard')}>
            <Form.Item
              name={['locale', 'defaultLocale']}
              label={t('companySettings.defaultLocale')}
              extra={t('companySettings.defaultLocaleHint')}
            >
              <Select
                options={LOCALES.map((locale) => ({ value: locale, label: t(`language.names.${locale}`) }))}
              />
            </Form.Item>
            <Form.Item name={['locale', 'timezone']} label={t('companySettings.timezone')}>
              <Select showSearch={{ optionFilterProp: 'label' }} options={zones} />
            </Form.Item>
            <Form.Item name={['locale', 'currency']} label={t('companySettings.currency')}>
              <Select
                options={CURRENCIES.map((code) => ({
                  value: code,
                  label: `${code} · ${t(`currencies.${code}`)}`,
                }))}
              />
            </Form.Item>
          </Card>
        </Col>
      </Row>
      {editable && (
        <div className="form-actions">
          <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={update.isPending}>
            {t('common.save')}
          </Button>
          <Button onClick={() => form.setFieldsValue(settings)}>{t('common.reset')}</Button>
        </div>
      )}
    </Form>
  );
}
