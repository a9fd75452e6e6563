import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { CreateObjectModal } from '../../modules/designer/components/CreateObjectModal.tsx';
import { ObjectsTable } from '../../modules/designer/components/ObjectsTable.tsx';
import { useDeleteObject } from '../../modules/designer/hooks/useDeleteObject.ts';
import type { ObjectDefinition } from '../../modules/records/api/objects.api.ts';
import { useFieldLabel } from '../../modules/records/hooks/useFieldLabel.ts';
import { useObjects } from '../../modules/records/hooks/useObjects.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { QueryError } from '../../ui/QueryError.tsx';
import { errorMessage } from '../../ui/server-errors.ts';

/** Settings → Objects and fields: every object; new custom objects; each opens to its form designer. */
export function ObjectsPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const label = useFieldLabel();
  const objects = useObjects();
  const remove = useDeleteObject();
  const [creating, setCreating] = useState(false);

  const confirmDelete = (object: ObjectDefinition) =>
    modal.confirm({
      title: t('designer.deleteObjectTitle', { object: label(object.label) }),
      content: t('designer.deleteObjectText', { object: label(object.label) }),
      okText: t('common.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await remove.mutateAsync(object.apiName);
          message.success(t('designer.objectDeleted', { object: label(object.label) }));
        } catch (error) {
          message.error(errorMessage(error));
        }
      },
    });

  return (
    <>
      <PageHeader
        title={t('settings.pages.objects.title')}
        description={t('settings.pages.objects.description')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('designer.newObject')}
          </Button>
        }
      />
      <Card>
        {objects.isError ? (
          <QueryError error={objects.error} onRetry={() => void objects.refetch()} />
        ) : (
          <ObjectsTable objects={objects.data ?? []} loading={objects.isPending} onDelete={confirmDelete} />
        )}
      </Card>
      <CreateObjectModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(object) => {
          setCreating(false);
          message.success(t('designer.objectCreated', { object: label(object.label) }));
          navigate(`/settings/objects/${object.apiName}`);
        }}
      />
    </>
  );
}
