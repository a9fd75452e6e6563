import { Descriptions, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmailPreview as Preview } from '../api/email.api.ts';

/**
 * A rendered email as its recipient sees it: the subject, and the HTML in a sandboxed frame (no scripts, no
 * navigation out of it, links inert) — or the plain-text alternative.
 */
export function EmailPreview({ preview }: { preview: Preview }) {
  const { t } = useTranslation();
  const [view, setView] = useState<'html' | 'text'>('html');
  return (
    <div className="email-preview">
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'subject',
            label: t('nurturing.preview.subject'),
            children: <strong>{preview.subject}</strong>,
          },
          {
            key: 'lead',
            label: t('nurturing.preview.lead'),
            children: preview.lead ? preview.lead.name : t('nurturing.preview.sample'),
          },
        ]}
      />
      <Segmented
        size="small"
        style={{ margin: '8px 0' }}
        value={view}
        onChange={(value) => setView(value as 'html' | 'text')}
        options={[
          { value: 'html', label: t('nurturing.preview.html') },
          { value: 'text', label: t('nurturing.preview.text') },
        ]}
      />
      {view === 'html' ? (
        <iframe
          title={t('nurturing.preview.frameTitle')}
          sandbox=""
          srcDoc={preview.html}
          style={{
            width: '100%',
            height: 360,
            border: '1px solid #f0f0f0',
            borderRadius: 6,
            background: '#fff',
          }}
        />
      ) : (
        <Typography.Paragraph
          style={{
            whiteSpace: 'pre-wrap',
            border: '1px solid #f0f0f0',
            borderRadius: 6,
            padding: 12,
            minHeight: 120,
          }}
        >
          {preview.text}
        </Typography.Paragraph>
      )}
    </div>
  );
}
