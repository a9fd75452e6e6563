import { MailOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Select, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../ui/server-errors.ts';
import type { RecordExtensionProps } from '../../records/utils/object-extension.ts';
import { useCan } from '../../session/hooks/useCan.ts';
import type { EmailPreview as Preview } from '../api/email.api.ts';
import { useEmailTemplates } from '../hooks/useEmailTemplates.ts';
import { useSendLeadEmail } from '../hooks/useNurturingActions.ts';
import { usePreviewEmail } from '../hooks/usePreviewEmail.ts';
import { EmailPreview } from './EmailPreview.tsx';

/** 发送邮件 on a lead with an address: pick a template, see the email as it will go out, send it now. */
export function SendEmailAction({ record, onChanged }: RecordExtensionProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = useCan();
  const [open, setOpen] = useState(false);
  const [templateId, setTemplateId] = useState<number | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const templates = useEmailTemplates({ enabled: open });
  const render = usePreviewEmail();
  const send = useSendLeadEmail();
  if (typeof record.email !== 'string' || record.email === '' || record.status === 'converted') return null;
  if (!can('lead', 'update')) return null;

  const choose = async (id: number) => {
    setTemplateId(id);
    setError(null);
    setPreview(null);
    const template = templates.data?.find((entry) => entry.id === id);
    if (!template) return;
    try {
      setPreview(
        await render.mutateAsync({
          language: template.language,
          subject: template.subject,
          body: template.body,
          leadId: record.id,
        }),
      );
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  return (
    <>
      <Button icon={<MailOutlined />} onClick={() => setOpen(true)}>
        {t('nurturing.send.action')}
      </Button>
      <Modal
        open={open}
        width={720}
        title={t('nurturing.send.title', { to: record.email })}
        okText={t('nurturing.send.confirm')}
        okButtonProps={{ disabled: templateId === null || preview === null }}
        confirmLoading={send.isPending}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        afterClose={() => {
          setTemplateId(null);
          setPreview(null);
          setError(null);
        }}
        onOk={async () => {
          if (templateId === null) return;
          setError(null);
          try {
            await send.mutateAsync({ leadId: record.id, templateId });
            message.success(t('nurturing.send.done', { to: record.email }));
            setOpen(false);
            onChanged();
          } catch (failure) {
            setError(errorMessage(failure));
          }
        }}
      >
        <Select<number>
          style={{ width: '100%', marginBottom: 12 }}
          placeholder={t('nurturing.send.chooseTemplate')}
          aria-label={t('nurturing.send.chooseTemplate')}
          loading={templates.isPending}
          value={templateId ?? undefined}
          onChange={choose}
          options={(templates.data ?? []).map((template) => ({ value: template.id, label: template.name }))}
          notFoundContent={
            <Typography.Text type="secondary">{t('nurturing.send.noTemplates')}</Typography.Text>
          }
        />
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        {render.isPending && <Spin />}
        {preview && <EmailPreview preview={preview} />}
      </Modal>
    </>
  );
}
