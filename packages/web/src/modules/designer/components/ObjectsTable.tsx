import { Button, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ObjectDefinition } from '../../records/api/objects.api.ts';
import { useFieldLabel } from '../../records/hooks/useFieldLabel.ts';
import { objectIcon } from '../utils/object-icons.tsx';

interface ObjectsTableProps {
  objects: ObjectDefinition[];
  loading: boolean;
  onDelete: (object: ObjectDefinition) => void;
}

/** Every object, built-in and custom, each opening to its form designer. */
export function ObjectsTable({ objects, loading, onDelete }: ObjectsTableProps) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  return (
    <Table<ObjectDefinition>
      rowKey="apiName"
      size="middle"
      loading={loading}
      pagination={false}
      dataSource={objects}
      className="objects-table"
      columns={[
        {
          title: t('designer.objectName'),
          key: 'label',
          render: (_, object) => (
            <Link to={`/settings/objects/${object.apiName}`}>
              <Space>
                {objectIcon(object.icon)}
                {label(object.label)}
              </Space>
            </Link>
          ),
        },
        {
          title: t('designer.apiName'),
          dataIndex: 'apiName',
          key: 'apiName',
          render: (name) => <code>{name}</code>,
        },
        {
          title: t('designer.kind'),
          key: 'kind',
          render: (_, object) =>
            object.isCustom ? (
              <Tag color="blue">{t('designer.custom')}</Tag>
            ) : (
              <Tag>{t('designer.builtIn')}</Tag>
            ),
        },
        { title: t('designer.fieldCount'), key: 'fields', render: (_, object) => object.fields.length },
        {
          title: t('common.actions'),
          key: 'actions',
          render: (_, object) => (
            <Space>
              <Link to={`/settings/objects/${object.apiName}`}>{t('designer.designForm')}</Link>
              {object.isCustom && (
                <Button type="link" danger size="small" onClick={() => onDelete(object)}>
                  {t('common.delete')}
                </Button>
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}
