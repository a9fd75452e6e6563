import { ArrowLeftOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { App, Button, Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { objectExtension } from '../../app/object-extensions.ts';
import { RecordAttachments } from '../../modules/files/components/RecordAttachments.tsx';
import { RecordDetails } from '../../modules/records/components/RecordDetails.tsx';
import { RecordHistory } from '../../modules/records/components/RecordHistory.tsx';
import { useDeleteRecord } from '../../modules/records/hooks/useDeleteRecord.ts';
import { useFieldLabel } from '../../modules/records/hooks/useFieldLabel.ts';
import { useObjectDefinition } from '../../modules/records/hooks/useObjectDefinition.ts';
import { useRecord } from '../../modules/records/hooks/useRecord.ts';
import { detailFieldsParam } from '../../modules/records/utils/list-columns.ts';
import { useCan } from '../../modules/session/hooks/useCan.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { PageSpin } from '../../ui/PageSpin.tsx';
import { QueryError } from '../../ui/QueryError.tsx';
import { errorMessage } from '../../ui/server-errors.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';

/**
 * `/o/:object/:id`: one record — its fields, edit and delete, and the history of its changes, plus what its
 * object's extension adds (business actions, tabs, a banner).
 */
export function RecordPage() {
  const { object: apiName = '', id = '' } = useParams();
  const recordId = Number(id);
  const valid = Number.isSafeInteger(recordId) && recordId > 0;
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const label = useFieldLabel();
  const can = useCan();
  const objects = useObjectDefinition(apiName);
  const fields = objects.object
    ? detailFieldsParam(objects.object, objects.data ?? [], (target) => can(target, 'read'))
    : undefined;
  const record = useRecord(apiName, valid && fields ? recordId : undefined, fields);
  const remove = useDeleteRecord(apiName);

  if (!valid) return <NotFoundPage />;
  if (objects.isError) return <QueryError error={objects.error} onRetry={() => void objects.refetch()} />;
  if (record.isError) return <QueryError error={record.error} onRetry={() => void record.refetch()} />;
  if (objects.isLoading || record.isLoading) return <PageSpin />;
  const object = objects.object;
  if (!object || !record.data) return <NotFoundPage />;

  const data = record.data;
  const extension = objectExtension(object.apiName);
  const editable = extension.editable?.(data) ?? true;
  const deletable = extension.deletable?.(data) ?? editable;
  const extensionProps = { object, record: data, onChanged: () => void record.refetch() };
  const extensionTabs = (extension.recordTabs ?? []).map((tab) => ({
    key: tab.key,
    label: tab.label(t),
    children: <tab.Component {...extensionProps} />,
    first: tab.first ?? false,
  }));
  const objectTitle = label(object.label);
  const name = object.nameField && data[object.nameField] ? String(data[object.nameField]) : `#${data.id}`;

  const confirmDelete = () =>
    modal.confirm({
      title: t('records.deleteConfirmTitle', { name }),
      content: t('records.deleteConfirmText'),
      okText: t('common.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        remove.mutateAsync(data.id).then(
          () => {
            message.success(t('records.deleted', { name }));
            navigate(`/o/${object.apiName}`);
          },
          (error: unknown) => void message.error(errorMessage(error)),
        ),
    });

  return (
    <>
      <PageHeader
        breadcrumb={
          <Link to={`/o/${object.apiName}`}>
            <ArrowLeftOutlined /> {label(object.pluralLabel)}
          </Link>
        }
        title={name}
        description={objectTitle}
        extra={
          <>
            {extension.RecordActions && <extension.RecordActions {...extensionProps} />}
            {editable && can(object.apiName, 'update') && (
              <Button
                type="primary"
                icon={<EditOutlined />}
                onClick={() => navigate(`/o/${object.apiName}/${data.id}/edit`)}
              >
                {t('common.edit')}
              </Button>
            )}
            {deletable && can(object.apiName, 'delete') && (
              <Button danger icon={<DeleteOutlined />} onClick={confirmDelete}>
                {t('common.delete')}
              </Button>
            )}
          </>
        }
      />
      {extension.RecordBanner && <extension.RecordBanner {...extensionProps} />}
      <Card>
        <Tabs
          items={[
            ...extensionTabs.filter((tab) => tab.first).map(({ first: _, ...tab }) => tab),
            {
              key: 'details',
              label: t('records.tabs.details'),
              children: <RecordDetails object={object} objects={objects.data ?? []} record={data} />,
            },
            {
              key: 'attachments',
              label: t('records.tabs.attachments'),
              children: (
                <RecordAttachments
                  object={object.apiName}
                  recordId={data.id}
                  editable={can(object.apiName, 'update')}
                />
              ),
            },
            {
              key: 'history',
              label: t('records.tabs.history'),
              children: <RecordHistory object={object} recordId={data.id} />,
            },
            ...extensionTabs.filter((tab) => !tab.first).map(({ first: _, ...tab }) => tab),
          ]}
        />
      </Card>
    </>
  );
}
