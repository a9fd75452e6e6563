import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { DuplicateModeCard } from '../../modules/lead-forms/components/DuplicateModeCard.tsx';
import { LeadFormsTable } from '../../modules/lead-forms/components/LeadFormsTable.tsx';
import { useDeleteLeadForm } from '../../modules/lead-forms/hooks/useDeleteLeadForm.ts';
import { useLeadForms } from '../../modules/lead-forms/hooks/useLeadForms.ts';
import { useCan } from '../../modules/session/hooks/useCan.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { QueryError } from '../../ui/QueryError.tsx';
import { errorMessage } from '../../ui/server-errors.ts';

/** Settings → Lead forms: the web-to-lead forms, and how duplicate leads are handled. */
export function LeadFormsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = useCan();
  const navigate = useNavigate();
  const forms = useLeadForms();
  const remove = useDeleteLeadForm();
  const editable = can('setting', 'update');
  const create = () => navigate('/settings/lead-forms/new');
  return (
    <>
      <PageHeader
        title={t('settings.pages.leadForms.title')}
        description={t('settings.pages.leadForms.description')}
        extra={
          editable && (
            <Button type="primary" icon={<PlusOutlined />} onClick={create}>
              {t('leadForms.new')}
            </Button>
          )
        }
      />
      <Flex vertical gap={16}>
        <Card>
          {forms.isError ? (
            <QueryError error={forms.error} onRetry={() => void forms.refetch()} />
          ) : (
            <LeadFormsTable
              forms={forms.data?.items ?? []}
              loading={forms.isFetching}
              editable={editable}
              onDelete={(form) =>
                remove.mutate(form.id, {
                  onSuccess: () => message.success(t('leadForms.deleted')),
                  onError: (error) => message.error(errorMessage(error)),
                })
              }
              empty={t('leadForms.empty')}
            />
          )}
        </Card>
        <DuplicateModeCard editable={editable} />
      </Flex>
    </>
  );
}
