import { ArrowLeftOutlined, SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Space, Tabs, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useBlocker, useParams } from 'react-router-dom';
import type { FieldAccessMap, PermissionMatrix } from '../../modules/roles/api/roles.api.ts';
import { FieldAccessEditor } from '../../modules/roles/components/FieldAccessEditor.tsx';
import { PermissionMatrixEditor } from '../../modules/roles/components/PermissionMatrixEditor.tsx';
import { RoleFormModal } from '../../modules/roles/components/RoleFormModal.tsx';
import { usePermissionCatalog } from '../../modules/roles/hooks/usePermissionCatalog.ts';
import { useRole } from '../../modules/roles/hooks/useRole.ts';
import { useSaveRolePermissions } from '../../modules/roles/hooks/useSaveRolePermissions.ts';
import { useCan } from '../../modules/session/hooks/useCan.ts';
import { useRoleDescription } from '../../modules/session/hooks/useRoleDescription.ts';
import { useRoleName } from '../../modules/session/hooks/useRoleName.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { PageSpin } from '../../ui/PageSpin.tsx';
import { QueryError } from '../../ui/QueryError.tsx';
import { errorMessage } from '../../ui/server-errors.ts';

/** Stable text of a matrix, to tell whether the editor differs from what is saved. */
function fingerprint(permissions: PermissionMatrix, fields: FieldAccessMap): string {
  const sortDeep = (value: unknown): unknown =>
    value && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value as Record<string, unknown>)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([k, v]) => [k, sortDeep(v)]),
        )
      : value;
  return JSON.stringify(sortDeep({ permissions, fields }));
}

/** Settings → Roles → one role: the permission matrix and field access, saved together. */
export function RoleDetailPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const can = useCan();
  const roleName = useRoleName();
  const roleDescription = useRoleDescription();
  const roleId = Number(useParams().roleId);
  const role = useRole(roleId);
  const catalog = usePermissionCatalog();
  const save = useSaveRolePermissions();
  const [permissions, setPermissions] = useState<PermissionMatrix>({});
  const [fields, setFields] = useState<FieldAccessMap>({});
  const [renaming, setRenaming] = useState(false);

  const saved = role.data;
  const savedPrint = saved ? fingerprint(saved.permissions, saved.fields) : null;
  // Reset the editor only when the saved matrix itself changed (a rename refetches the same matrix).
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the saved matrix's content
  useEffect(() => {
    if (saved) {
      setPermissions(saved.permissions);
      setFields(saved.fields);
    }
  }, [savedPrint]);

  const readOnly = !saved || saved.isAdmin || !can('role', 'update');
  const dirty = useMemo(
    () => savedPrint !== null && fingerprint(permissions, fields) !== savedPrint,
    [permissions, fields, savedPrint],
  );

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: t('roles.unsavedTitle'),
      content: t('roles.unsavedText'),
      okText: t('roles.discard'),
      okButtonProps: { danger: true },
      cancelText: t('roles.keepEditing'),
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
  }, [blocker, modal, t]);

  const back = (
    <Link to="/settings/roles">
      <ArrowLeftOutlined /> {t('roles.backToList')}
    </Link>
  );

  if (role.isPending || catalog.isPending) return <PageSpin />;
  if (role.isError || catalog.isError)
    return (
      <>
        <PageHeader title={t('settings.pages.roles.title')} breadcrumb={back} />
        <QueryError
          error={role.error ?? catalog.error}
          onRetry={() => {
            void role.refetch();
            void catalog.refetch();
          }}
        />
      </>
    );
  const detail = role.data;

  const submit = () =>
    save.mutate(
      { id: detail.id, permissions, fields },
      {
        onSuccess: () => message.success(t('roles.savedPermissions')),
        onError: (error) => message.error(errorMessage(error)),
      },
    );

  const discard = () => {
    setPermissions(detail.permissions);
    setFields(detail.fields);
  };

  return (
    <>
      <PageHeader
        breadcrumb={back}
        title={
          <Space size={8}>
            {roleName(detail)}
            {detail.isAdmin && <Tag color="gold">{t('roles.adminTag')}</Tag>}
            {detail.key && !detail.isAdmin && <Tag>{t('roles.builtInTag')}</Tag>}
            {dirty && <Tag color="orange">{t('roles.unsavedTag')}</Tag>}
          </Space>
        }
        description={
          <>
            {roleDescription(detail) || t('roles.noDescription')}
            {' · '}
            {t('roles.heldBy', { count: detail.userCount })}
          </>
        }
        extra={
          !readOnly && (
            <>
              <Button onClick={() => setRenaming(true)}>{t('roles.rename')}</Button>
              <Button icon={<UndoOutlined />} disabled={!dirty} onClick={discard}>
                {t('roles.discard')}
              </Button>
              <Button
                type="primary"
                icon={<SaveOutlined />}
                disabled={!dirty}
                loading={save.isPending}
                onClick={submit}
              >
                {t('common.save')}
              </Button>
            </>
          )
        }
      />
      {detail.isAdmin && (
        <Alert type="info" showIcon title={t('roles.adminReadOnly')} style={{ marginBottom: 16 }} />
      )}
      {!detail.isAdmin && !can('role', 'update') && (
        <Alert type="info" showIcon title={t('roles.noUpdatePermission')} style={{ marginBottom: 16 }} />
      )}
      <Card>
        <Tabs
          items={[
            {
              key: 'matrix',
              label: t('roles.tabs.matrix'),
              children: (
                <>
                  <Alert
                    type="info"
                    showIcon={false}
                    className="scope-legend"
                    title={t('roles.matrix.legend')}
                  />
                  <PermissionMatrixEditor
                    catalog={catalog.data}
                    value={
                      detail.isAdmin
                        ? allGranted(
                            catalog.data.objects.map((o) => o.name),
                            catalog.data.actions,
                          )
                        : permissions
                    }
                    onChange={setPermissions}
                    readOnly={readOnly}
                  />
                </>
              ),
            },
            {
              key: 'fields',
              label: t('roles.tabs.fields'),
              children: (
                <FieldAccessEditor
                  catalog={catalog.data}
                  permissions={
                    detail.isAdmin
                      ? allGranted(
                          catalog.data.objects.map((o) => o.name),
                          catalog.data.actions,
                        )
                      : permissions
                  }
                  value={fields}
                  onChange={setFields}
                  readOnly={readOnly}
                />
              ),
            },
          ]}
        />
      </Card>
      {dirty && !readOnly && (
        <div className="sticky-save-bar" role="status">
          <Typography.Text>{t('roles.unsavedHint')}</Typography.Text>
          <Space>
            <Button onClick={discard}>{t('roles.discard')}</Button>
            <Button type="primary" icon={<SaveOutlined />} loading={save.isPending} onClick={submit}>
              {t('common.save')}
            </Button>
          </Space>
        </div>
      )}
      <RoleFormModal
        open={renaming}
        role={detail}
        onClose={() => setRenaming(false)}
        onSaved={() => undefined}
      />
    </>
  );
}

/** What the administrator role effectively has: every action on every object, company-wide. */
function allGranted(objects: string[], actions: string[]): PermissionMatrix {
  return Object.fromEntries(
    objects.map((object) => [object, Object.fromEntries(actions.map((a) => [a, 'all']))]),
  );
}
