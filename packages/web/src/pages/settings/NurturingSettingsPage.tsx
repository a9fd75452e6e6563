import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { EmailTemplatesTab } from '../../modules/nurturing/components/EmailTemplatesTab.tsx';
import { SequencesTab } from '../../modules/nurturing/components/SequencesTab.tsx';
import { SmtpSettingsForm } from '../../modules/nurturing/components/SmtpSettingsForm.tsx';
import { useSmtpSettings } from '../../modules/nurturing/hooks/useSmtpSettings.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { PageSpin } from '../../ui/PageSpin.tsx';
import { QueryError } from '../../ui/QueryError.tsx';

const TABS = ['smtp', 'templates', 'sequences'] as const;

/** Settings → Email & nurturing: the SMTP server and its test, email templates, and drip sequences. */
export function NurturingSettingsPage() {
  const { t } = useTranslation();
  const smtp = useSmtpSettings();
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((key) => key === params.get('tab')) ?? 'smtp';
  return (
    <>
      <PageHeader
        title={t('settings.pages.nurturing.title')}
        description={t('settings.pages.nurturing.description')}
      />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          items={[
            {
              key: 'smtp',
              label: t('nurturing.tabs.smtp'),
              children: smtp.isPending ? (
                <PageSpin />
              ) : smtp.isError ? (
                <QueryError error={smtp.error} onRetry={() => void smtp.refetch()} />
              ) : (
                <SmtpSettingsForm settings={smtp.data} />
              ),
            },
            { key: 'templates', label: t('nurturing.tabs.templates'), children: <EmailTemplatesTab /> },
            { key: 'sequences', label: t('nurturing.tabs.sequences'), children: <SequencesTab /> },
          ]}
        />
      </Card>
    </>
  );
}
