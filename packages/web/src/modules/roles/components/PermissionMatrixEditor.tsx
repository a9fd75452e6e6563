import type { Action, DataScope } from '@lodestar/shared';
import { Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CatalogObject, PermissionCatalog, PermissionMatrix } from '../api/roles.api.ts';
import { useCatalogLabels } from '../hooks/useCatalogLabels.ts';
import { ScopeSelect } from './ScopeSelect.tsx';

interface PermissionMatrixEditorProps {
  catalog: PermissionCatalog;
  value: PermissionMatrix;
  onChange: (next: PermissionMatrix) => void;
  readOnly: boolean;
}

const GROUPS = ['sales', 'platform'] as const;
const OBJECT_COLUMN_WIDTH = 160;
const SCOPE_COLUMN_WIDTH = 122;

/** Objects × actions; each cell chooses the data scope the role grants for that action. */
export function PermissionMatrixEditor({ catalog, value, onChange, readOnly }: PermissionMatrixEditorProps) {
  const { t } = useTranslation();
  const { objectLabel } = useCatalogLabels();

  const setCell = (object: string, action: Action, scope: DataScope | undefined) => {
    const row = { ...(value[object] ?? {}) };
    if (scope) row[action] = scope;
    else delete row[action];
    const next = { ...value };
    if (Object.keys(row).length) next[object] = row;
    else delete next[object];
    onChange(next);
  };

  const columns: TableColumnsType<CatalogObject> = [
    {
      key: 'object',
      title: t('roles.matrix.object'),
      width: OBJECT_COLUMN_WIDTH,
      render: (_, object) => <Typography.Text strong>{objectLabel(object)}</Typography.Text>,
    },
    ...catalog.actions.map((action) => ({
      key: action,
      title: t(`actions.${action}`),
      width: SCOPE_COLUMN_WIDTH,
      render: (_: unknown, object: CatalogObject) => (
        <ScopeSelect
          value={value[object.name]?.[action]}
          scopes={catalog.scopes}
          disabled={readOnly}
          ariaLabel={`${objectLabel(object)} · ${t(`actions.${action}`)}`}
          onChange={(scope) => setCell(object.name, action, scope)}
        />
      ),
    })),
  ];

  return (
    <div className="permission-matrix">
      {GROUPS.map((group) => {
        const objects = catalog.objects.filter((object) => object.group === group);
        if (objects.length === 0) return null;
        return (
          <section key={group} className="permission-matrix__group">
            <Typography.Title level={5} className="permission-matrix__title">
              {t(`roles.groups.${group}`)}
            </Typography.Title>
            <Table<CatalogObject>
              rowKey="name"
              columns={columns}
              dataSource={objects}
              pagination={false}
              size="small"
              bordered
              scroll={{ x: OBJECT_COLUMN_WIDTH + catalog.actions.length * SCOPE_COLUMN_WIDTH }}
            />
          </section>
        );
      })}
    </div>
  );
}
