import type { FieldAccess } from '@lodestar/shared';
import { Alert, Empty, Radio, Table, type TableColumnsType, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CatalogObject, FieldAccessMap, PermissionCatalog, PermissionMatrix } from '../api/roles.api.ts';
import { useCatalogLabels } from '../hooks/useCatalogLabels.ts';

interface FieldAccessEditorProps {
  catalog: PermissionCatalog;
  permissions: PermissionMatrix;
  value: FieldAccessMap;
  onChange: (next: FieldAccessMap) => void;
  readOnly: boolean;
}

/** A field without an explicit setting is writable when the role may update the object, else read-only. */
function defaultAccess(permissions: PermissionMatrix, object: string): FieldAccess {
  return permissions[object]?.update ? 'write' : 'read';
}

/** Per object, each field's access for this role: hidden, read-only or writable. */
export function FieldAccessEditor({
  catalog,
  permissions,
  value,
  onChange,
  readOnly,
}: FieldAccessEditorProps) {
  const { t } = useTranslation();
  const { objectLabel, fieldLabel } = useCatalogLabels();
  const objects = catalog.objects.filter((object) => object.fields.length > 0);
  const withoutFields = catalog.objects.filter(
    (object) => object.fields.length === 0 && object.group === 'sales',
  );

  const setField = (object: string, field: string, access: FieldAccess) =>
    onChange({ ...value, [object]: { ...(value[object] ?? {}), [field]: access } });

  if (objects.length === 0) return <Empty description={t('roles.fieldAccess.noneYet')} />;

  const tableFor = (object: CatalogObject) => {
    const fallback = defaultAccess(permissions, object.name);
    const columns: TableColumnsType<CatalogObject['fields'][number]> = [
      {
        key: 'field',
        title: t('roles.fieldAccess.field'),
        render: (_, field) => fieldLabel(object, field),
      },
      {
        key: 'access',
        title: t('roles.fieldAccess.access'),
        width: 320,
        render: (_, field) => (
          <Radio.Group
            size="small"
            optionType="button"
            buttonStyle="solid"
            disabled={readOnly}
            value={value[object.name]?.[field.name] ?? fallback}
            onChange={(event) => setField(object.name, field.name, event.target.value as FieldAccess)}
            options={catalog.fieldAccess.map((access) => ({
              value: access,
              label: t(`fieldAccess.${access}`),
            }))}
          />
        ),
      },
    ];
    return (
      <>
        {!permissions[object.name]?.read && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('roles.fieldAccess.noRead', { object: objectLabel(object) })}
          />
        )}
        <Table
          rowKey="name"
          columns={columns}
          dataSource={object.fields}
          pagination={false}
          size="small"
          bordered
          style={{ maxWidth: 720 }}
        />
      </>
    );
  };

  return (
    <>
      <Typography.Paragraph type="secondary">{t('roles.fieldAccess.hint')}</Typography.Paragraph>
      <Tabs
        tabPlacement="start"
        items={objects.map((object) => ({
          key: object.name,
          label: objectLabel(object),
          children: tableFor(object),
        }))}
      />
      {withoutFields.length > 0 && (
        <Typography.Paragraph type="secondary" className="field-access__later">
          {t('roles.fieldAccess.salesLater')}
        </Typography.Paragraph>
      )}
    </>
  );
}
