import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * The form as it looks embedded: the snippet's HTML in a sandboxed frame (no scripts, no submissions), so
 * what is previewed is exactly what a web page shows.
 */
export function LeadFormPreview({ html }: { html: string }) {
  const { t } = useTranslation();
  const document = `<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:16px">${html}</body></html>`;
  return (
    <Card title={t('leadForms.previewCard')}>
      <Typography.Paragraph type="secondary">{t('leadForms.preview.hint')}</Typography.Paragraph>
      <iframe
        className="lead-form-preview"
        title={t('leadForms.preview.title')}
        sandbox=""
        srcDoc={document}
        style={{ width: '100%', height: 520, border: '1px solid #f0f0f0', borderRadius: 8 }}
      />
    </Card>
  );
}
