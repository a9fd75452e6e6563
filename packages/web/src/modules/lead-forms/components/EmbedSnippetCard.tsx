import { CopyOutlined, ReloadOutlined } from '@ant-design/icons';
import { leadFormSubmitPath } from '@lodestar/shared';
import { App, Button, Card, Descriptions, Input, Popconfirm, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../ui/server-errors.ts';
import type { LeadForm } from '../api/lead-forms.api.ts';
import { useRegenerateLeadFormToken } from '../hooks/useRegenerateLeadFormToken.ts';

interface Props {
  /** The saved form, or null for a new one (which has no token yet). */
  form: LeadForm | null;
  snippet: string;
  editable: boolean;
}

/** The code to paste into a web page, a button that copies it, and the public token with its regeneration. */
export function EmbedSnippetCard({ form, snippet, editable }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const regenerate = useRegenerateLeadFormToken();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      message.success(t('leadForms.snippet.copied'));
    } catch {
      message.warning(t('leadForms.snippet.copyFailed'));
    }
  };
  return (
    <Card
      title={t('leadForms.snippetCard')}
      extra={
        form && (
          <Button icon={<CopyOutlined />} onClick={() => void copy()} className="lead-form-copy">
            {t('leadForms.snippet.copy')}
          </Button>
        )
      }
    >
      {!form ? (
        <Typography.Text type="secondary">{t('leadForms.snippet.saveFirst')}</Typography.Text>
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {t('leadForms.snippet.hint')}
          </Typography.Paragraph>
          <Input.TextArea
            className="lead-form-snippet"
            value={snippet}
            readOnly
            autoSize={{ minRows: 6, maxRows: 14 }}
            style={{ fontFamily: 'monospace', fontSize: 12 }}
          />
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('leadForms.snippet.token')}>
              <Typography.Text code className="lead-form-token">
                {form.token}
              </Typography.Text>
              {editable && (
                <Popconfirm
                  title={t('leadForms.snippet.regenerateConfirm')}
                  onConfirm={() =>
                    regenerate.mutate(form.id, {
                      onSuccess: () => message.success(t('leadForms.snippet.regenerated')),
                      onError: (error) => message.error(errorMessage(error)),
                    })
                  }
                >
                  <Button type="link" size="small" icon={<ReloadOutlined />} loading={regenerate.isPending}>
                    {t('leadForms.snippet.regenerate')}
                  </Button>
                </Popconfirm>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('leadForms.snippet.endpoint')}>
              <Typography.Text code copyable>
                {`${window.location.origin}${leadFormSubmitPath(form.token)}`}
              </Typography.Text>
            </Descriptions.Item>
          </Descriptions>
        </Space>
      )}
    </Card>
  );
}
