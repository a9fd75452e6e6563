import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { LeadFormEditor } from '../../modules/lead-forms/components/LeadFormEditor.tsx';
import { useLeadForm } from '../../modules/lead-forms/hooks/useLeadForm.ts';
import { useObjectDefinition } from '../../modules/records/hooks/useObjectDefinition.ts';
import { useCan } from '../../modules/session/hooks/useCan.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { PageSpin } from '../../ui/PageSpin.tsx';
import { QueryError } from '../../ui/QueryError.tsx';

/** Settings → Lead forms → one form (or `new`): the form builder with its preview and embed code. */
export function LeadFormEditPage() {
  const { t } = useTranslation();
  const can = useCan();
  const { formId } = useParams();
  const id = formId && formId !== 'new' ? Number(formId) : null;
  const form = useLeadForm(id);
  const lead = useObjectDefinition('lead');
  const back = (
    <Link to="/settings/lead-forms">
      <ArrowLeftOutlined /> {t('leadForms.back')}
    </Link>
  );
  const pending = lead.isPending || (id !== null && form.isPending);
  const error = lead.isError ? lead.error : id !== null && form.isError ? form.error : null;
  return (
    <>
      <PageHeader
        breadcrumb={back}
        title={
          id === null ? t('leadForms.newTitle') : (form.data?.name ?? t('settings.pages.leadForms.title'))
        }
        description={t('settings.pages.leadForms.description')}
      />
      {pending ? (
        <PageSpin />
      ) : error ? (
        <QueryError error={error} onRetry={() => void (id !== null ? form.refetch() : lead.refetch())} />
      ) : lead.object ? (
        <LeadFormEditor
          key={`${id ?? 'new'}:${form.data?.version ?? 0}:${form.data?.token ?? ''}`}
          form={id !== null ? (form.data ?? null) : null}
          lead={lead.object}
          editable={can('setting', 'update')}
        />
      ) : null}
    </>
  );
}
