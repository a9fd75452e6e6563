import { useTranslation } from 'react-i18next';
import { BusinessCalendarForm } from '../../modules/business-calendar/components/BusinessCalendarForm.tsx';
import { useBusinessCalendar } from '../../modules/business-calendar/hooks/useBusinessCalendar.ts';
import { useCan } from '../../modules/session/hooks/useCan.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { PageSpin } from '../../ui/PageSpin.tsx';
import { QueryError } from '../../ui/QueryError.tsx';

/** Settings → Working time and holidays: what business-time clocks (response SLAs) count. */
export function BusinessCalendarPage() {
  const { t } = useTranslation();
  const can = useCan();
  const calendar = useBusinessCalendar();
  return (
    <>
      <PageHeader
        title={t('settings.pages.businessCalendar.title')}
        description={t('settings.pages.businessCalendar.description')}
      />
      {calendar.isPending ? (
        <PageSpin />
      ) : calendar.isError ? (
        <QueryError error={calendar.error} onRetry={() => void calendar.refetch()} />
      ) : (
        <BusinessCalendarForm calendar={calendar.data} editable={can('setting', 'update')} />
      )}
    </>
  );
}
