import { useTranslation } from 'react-i18next';
import { useCan } from '../../modules/session/hooks/useCan.ts';
import { CompanySettingsForm } from '../../modules/settings/components/CompanySettingsForm.tsx';
import { useCompanySettings } from '../../modules/settings/hooks/useCompanySettings.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { PageSpin } from '../../ui/PageSpin.tsx';
import { QueryError } from '../../ui/QueryError.tsx';

/** Settings → Company: the company's name and details, default language, time zone and currency. */
export function CompanySettingsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const settings = useCompanySettings();
  return (
    <>
      <PageHeader
        title={t('settings.pages.company.title')}
        description={t('settings.pages.company.description')}
      />
      {settings.isPending ? (
        <PageSpin />
      ) : settings.isError ? (
        <QueryError error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <CompanySettingsForm settings={settings.data} editable={can('setting', 'update')} />
      )}
    </>
  );
}
