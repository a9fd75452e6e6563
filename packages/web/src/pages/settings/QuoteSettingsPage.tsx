import { useTranslation } from 'react-i18next';
import { QuoteSettingsForm } from '../../modules/quotes/components/QuoteSettingsForm.tsx';
import { useQuoteSettings } from '../../modules/quotes/hooks/useQuoteSettings.ts';
import { useCan } from '../../modules/session/hooks/useCan.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { PageSpin } from '../../ui/PageSpin.tsx';
import { QueryError } from '../../ui/QueryError.tsx';

/** Settings → Quotes: when a discount needs a manager's approval, and how long a sent quote is valid. */
export function QuoteSettingsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const settings = useQuoteSettings();
  return (
    <>
      <PageHeader
        title={t('settings.pages.quotes.title')}
        description={t('settings.pages.quotes.description')}
      />
      {settings.isPending ? (
        <PageSpin />
      ) : settings.isError ? (
        <QueryError error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <QuoteSettingsForm settings={settings.data} editable={can('setting', 'update')} />
      )}
    </>
  );
}
