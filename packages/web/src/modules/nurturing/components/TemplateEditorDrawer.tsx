import { EyeOutlined } from '@ant-design/icons';
import type { Locale } from '@lodestar/shared';
import { Alert, App, Button, Col, Drawer, Form, Input, Row, Select, Space, Typography } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../ui/FormErrorAlert.tsx';
import { applyServerErrors } from '../../../ui/server-errors.ts';
import { LookupSelect } from '../../records/components/LookupSelect.tsx';
import type { EmailTemplate, EmailPreview as Preview } from '../api/email.api.ts';
import { usePreviewEmail } from '../hooks/usePreviewEmail.ts';
import { useSaveEmailTemplate } from '../hooks/useSaveEmailTemplate.ts';
import { EmailPreview } from './EmailPreview.tsx';
import { MergeFieldList } from './MergeFieldList.tsx';

interface TemplateFormValues {
  name: string;
  language: Locale;
  subject: string;
  body: string;
}

const STARTER: Record<Locale, Pick<TemplateFormValues, 'subject' | 'body'>> = {
  'zh-CN': {
    subject: '{{ lead.company }}，您好',
    body: '{{ lead.name }} 您好：\n\n感谢您对我们产品的关注。\n\n{{ sender.name }}',
  },
  en: {
    subject: 'Hello from us, {{ lead.company }}',
    body: 'Dear {{ lead.name }},\n\nThank you for your interest in our products.\n\n{{ sender.name }}',
  },
};

/**
 * Writes an email template: name, language, a Liquid subject and body with the merge fields one click away,
 * and a preview rendered by the server — with sample data or a chosen lead — before anything is saved.
 * Liquid errors come back on the field at fault.
 */
export function TemplateEditorDrawer({
  template,
  onClose,
}: {
  template: EmailTemplate | null;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TemplateFormValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const [leadId, setLeadId] = useState<number | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const body = useRef<TextAreaRef>(null);
  const save = useSaveEmailTemplate();
  const render = usePreviewEmail();
  const language: Locale = i18n.language === 'en' ? 'en' : 'zh-CN';

  const insert = (text: string) => {
    const area = body.current?.resizableTextArea?.textArea;
    const current: string = form.getFieldValue('body') ?? '';
    const start = area?.selectionStart ?? current.length;
    const end = area?.selectionEnd ?? current.length;
    form.setFieldValue('body', current.slice(0, start) + text + current.slice(end));
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(start + text.length, start + text.length);
    });
  };

  const runPreview = async () => {
    setPreviewError(null);
    const values = form.getFieldsValue(true) as TemplateFormValues;
    try {
      setPreview(
        await render.mutateAsync({
          language: values.language,
          subject: values.subject ?? '',
          body: values.body ?? '',
          ...(leadId !== null ? { leadId } : {}),
        }),
      );
    } catch (error) {
      setPreview(null);
      setPreviewError(applyServerErrors(form, error) ?? t('nurturing.preview.failed'));
    }
  };

  return (
    <Drawer
      open
      size={1100}
      destroyOnHidden
      title={
        template
          ? t('nurturing.templates.editTitle', { name: template.name })
          : t('nurturing.templates.newTitle')
      }
      onClose={onClose}
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Row gutter={24}>
        <Col xs={24} lg={13}>
          <Form<TemplateFormValues>
            form={form}
            layout="vertical"
            name="emailTemplate"
            initialValues={template ?? { name: '', language, ...STARTER[language] }}
            onFinish={async (values) => {
              setFormError(null);
              try {
                await save.mutateAsync({
                  id: template?.id ?? null,
                  input: {
                    ...values,
                    name: values.name.trim(),
                    ...(template ? { version: template.version } : {}),
                  },
                });
                message.success(t('nurturing.templates.saved'));
                onClose();
              } catch (error) {
                setFormError(applyServerErrors(form, error));
              }
            }}
          >
            <FormErrorAlert message={formError} />
            <Row gutter={16}>
              <Col span={16}>
                <Form.Item
                  name="name"
                  label={t('nurturing.templates.name')}
                  rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
                >
                  <Input maxLength={100} />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name="language" label={t('nurturing.templates.language')}>
                  <Select<Locale>
                    options={(['zh-CN', 'en'] as const).map((value) => ({
                      value,
                      label: t(`language.names.${value}`),
                    }))}
                  />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item
              name="subject"
              label={t('nurturing.templates.subject')}
              rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
            >
              <Input maxLength={500} />
            </Form.Item>
            <Form.Item
              name="body"
              label={t('nurturing.templates.body')}
              extra={t('nurturing.templates.bodyHint')}
              rules={[{ required: true, message: t('validation.required') }]}
            >
              <Input.TextArea ref={body} rows={12} style={{ fontFamily: 'monospace' }} />
            </Form.Item>
            <MergeFieldList onInsert={insert} />
          </Form>
        </Col>
        <Col xs={24} lg={11}>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('nurturing.preview.title')}
          </Typography.Title>
          <Space.Compact style={{ width: '100%', marginBottom: 12 }}>
            <LookupSelect
              target="lead"
              value={leadId}
              onChange={setLeadId}
              style={{ flex: 1 }}
              placeholder={t('nurturing.preview.choose')}
            />
            <Button icon={<EyeOutlined />} loading={render.isPending} onClick={runPreview}>
              {t('nurturing.preview.action')}
            </Button>
          </Space.Compact>
          <Typography.Paragraph type="secondary">{t('nurturing.preview.hint')}</Typography.Paragraph>
          {previewError && <Alert type="error" showIcon title={previewError} style={{ marginBottom: 12 }} />}
          {preview && <EmailPreview preview={preview} />}
        </Col>
      </Row>
    </Drawer>
  );
}
