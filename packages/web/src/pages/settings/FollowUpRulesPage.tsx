import { useTranslation } from 'react-i18next';
import { FollowUpRulesForm } from '../../modules/follow-up-rules/components/FollowUpRulesForm.tsx';
import { useFollowUpRules } from '../../modules/follow-up-rules/hooks/useFollowUpRules.ts';
import { useCan } from '../../modules/session/hooks/useCan.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { PageSpin } from '../../ui/PageSpin.tsx';
import { QueryError } from '../../ui/QueryError.tsx';

/** Settings → Follow-up rules: what waits for a follow-up, and when a record counts as not followed up. */
export function FollowUpRulesPage() {
  const { t } = useTranslation();
  const can = useCan();
  const rules = useFollowUpRules();
  return (
    <>
      <PageHeader
        title={t('settings.pages.followUps.title')}
        description={t('settings.pages.followUps.description')}
      />
      {rules.isPending ? (
        <PageSpin />
      ) : rules.isError ? (
        <QueryError error={rules.error} onRetry={() => void rules.refetch()} />
      ) : (
        <FollowUpRulesForm rules={rules.data} editable={can('setting', 'update')} />
      )}
    </>
  );
}
