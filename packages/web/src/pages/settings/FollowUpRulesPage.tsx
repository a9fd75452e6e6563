import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { FollowUpRulesForm } from '../../modules/follow-up-rules/components/FollowUpRulesForm.tsx';
import { useFollowUpRules } from '../../modules/follow-up-rules/hooks/useFollowUpRules.ts';
import { LeadResponseSettingsForm } from '../../modules/lead-response/components/LeadResponseSettingsForm.tsx';
import { useLeadResponseSettings } from '../../modules/lead-response/hooks/useLeadResponseSettings.ts';
import { useCan } from '../../modules/session/hooks/useCan.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { PageSpin } from '../../ui/PageSpin.tsx';
import { QueryError } from '../../ui/QueryError.tsx';

/** Settings → Follow-up rules: what waits for a follow-up, and when a record counts as not followed up. */
export function FollowUpRulesPage() {
  const { t } = useTranslation();
  const can = useCan();
  const rules = useFollowUpRules();
  const response = useLeadResponseSettings();
  return (
    <>
      <PageHeader
        title={t('settings.pages.followUps.title')}
        description={t('settings.pages.followUps.description')}
      />
      {rules.isPending || response.isPending ? (
        <PageSpin />
      ) : rules.isError ? (
        <QueryError error={rules.error} onRetry={() => void rules.refetch()} />
      ) : response.isError ? (
        <QueryError error={response.error} onRetry={() => void response.refetch()} />
      ) : (
        <Flex vertical gap={16}>
          <FollowUpRulesForm rules={rules.data} editable={can('setting', 'update')} />
          <LeadResponseSettingsForm settings={response.data} editable={can('setting', 'update')} />
        </Flex>
      )}
    </>
  );
}
