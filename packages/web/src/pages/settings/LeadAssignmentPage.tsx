import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { AssigneesTable } from '../../modules/lead-assignment/components/AssigneesTable.tsx';
import { RuleSetList } from '../../modules/lead-assignment/components/RuleSetList.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';

/** Settings → Lead assignment: rule sets (ordered rules, simulation) and people's availability and caps. */
export function LeadAssignmentPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t('settings.pages.leadAssignment.title')}
        description={t('settings.pages.leadAssignment.description')}
      />
      <Card>
        <Tabs
          items={[
            { key: 'rules', label: t('leadAssignment.tabs.rules'), children: <RuleSetList /> },
            { key: 'people', label: t('leadAssignment.tabs.people'), children: <AssigneesTable /> },
          ]}
        />
      </Card>
    </>
  );
}
