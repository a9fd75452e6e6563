import { ArrowLeftOutlined } from '@ant-design/icons';
import { App, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { objectExtension } from '../../app/object-extensions.ts';
import { RecordForm } from '../../modules/records/components/RecordForm.tsx';
import { useFieldLabel } from '../../modules/records/hooks/useFieldLabel.ts';
import { useObjectDefinition } from '../../modules/records/hooks/useObjectDefinition.ts';
import { useRecord } from '../../modules/records/hooks/useRecord.ts';
import { detailFieldsParam } from '../../modules/records/utils/list-columns.ts';
import { useCan } from '../../modules/session/hooks/useCan.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { PageSpin } from '../../ui/PageSpin.tsx';
import { QueryError } from '../../ui/QueryError.tsx';
import { NotFoundPage } from '../NotFoundPage.tsx';

/** `/o/:object/new` and `/o/:object/:id/edit`: the generated form of a record. */
export function RecordFormPage() {
  const { object: apiName = '', id } = useParams();
  const recordId = id === undefined ? undefined : Number(id);
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const label = useFieldLabel();
  const can = useCan();
  const objects = useObjectDefinition(apiName);
  // As the record page loads it: with the names of its lookups, which read-only fields show.
  const fields = objects.object
    ? detailFieldsParam(objects.object, objects.data ?? [], (target) => can(target, 'read'))
    : undefined;
  const record = useRecord(apiName, fields ? recordId : undefined, fields);

  if (objects.isError) return <QueryError error={objects.error} onRetry={() => void objects.refetch()} />;
  if (record.isError) return <QueryError error={record.error} onRetry={() => void record.refetch()} />;
  if (objects.isLoading || (recordId !== undefined && (!fields || record.isLoading))) return <PageSpin />;
  const object = objects.object;
  if (!object || (recordId !== undefined && !Number.isSafeInteger(recordId))) return <NotFoundPage />;

  const extension = objectExtension(object.apiName);
  const title = label(object.label);
  const listTitle = label(object.pluralLabel);
  const back = recordId === undefined ? `/o/${object.apiName}` : `/o/${object.apiName}/${recordId}`;
  return (
    <>
      <PageHeader
        breadcrumb={
          <Link to={back}>
            <ArrowLeftOutlined /> {recordId === undefined ? listTitle : t('records.backToRecord')}
          </Link>
        }
        title={
          recordId === undefined ? t('records.new', { object: title }) : t('records.edit', { object: title })
        }
      />
      <Card>
        <RecordForm
          key={record.data ? `${record.data.id}-${record.data.version}` : 'new'}
          object={object}
          record={record.data}
          lockedFields={record.data ? extension.lockedFields?.(record.data) : undefined}
          notice={extension.FormNotice && <extension.FormNotice object={object} record={record.data} />}
          onCancel={() => navigate(back)}
          onStale={() => void record.refetch()}
          onSaved={(saved) => {
            message.success(t('records.saved'));
            navigate(`/o/${object.apiName}/${saved.id}`);
          }}
        />
      </Card>
    </>
  );
}
