import { Card, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LeadFormDraft } from '../utils/form-draft.ts';

interface Props {
  draft: LeadFormDraft;
  onChange: (draft: LeadFormDraft) => void;
}

/** The submit button's text and the thank-you text, in Chinese and English. */
export function LeadFormTextsCard({ draft, onChange }: Props) {
  const { t } = useTranslation();
  const setText = (key: 'submitLabel' | 'thankYou', locale: 'zh-CN' | 'en', text: string) =>
    onChange({ ...draft, [key]: { ...draft[key], [locale]: text } });
  return (
    <Card title={t('leadForms.textsCard')}>
      <Form layout="vertical" component="div">
        {(['submitLabel', 'thankYou'] as const).map((key) => (
          <Form.Item key={key} label={t(`leadForms.form.${key}`)} required>
            {(['zh-CN', 'en'] as const).map((locale) =>
              key === 'thankYou' ? (
                <Input.TextArea
                  key={locale}
                  id={`leadForm_${key}_${locale}`}
                  value={draft[key][locale]}
                  maxLength={500}
                  autoSize={{ minRows: 2 }}
                  placeholder={t(`leadForms.form.${locale === 'zh-CN' ? 'zh' : 'en'}`)}
                  onChange={(e) => setText(key, locale, e.target.value)}
                  style={{ marginBottom: 8 }}
                />
              ) : (
                <Input
                  key={locale}
                  id={`leadForm_${key}_${locale}`}
                  prefix={
                    <Typography.Text type="secondary" style={{ marginRight: 8 }}>
                      {t(`leadForms.form.${locale === 'zh-CN' ? 'zh' : 'en'}`)}
                    </Typography.Text>
                  }
                  value={draft[key][locale]}
                  maxLength={500}
                  onChange={(e) => setText(key, locale, e.target.value)}
                  style={{ marginBottom: 8 }}
                />
              ),
            )}
          </Form.Item>
        ))}
      </Form>
    </Card>
  );
}
