import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { Role } from '../../modules/roles/api/roles.api.ts';
import { RoleFormModal } from '../../modules/roles/components/RoleFormModal.tsx';
import { RolesTable } from '../../modules/roles/components/RolesTable.tsx';
import { useRoles } from '../../modules/roles/hooks/useRoles.ts';
import { useCan } from '../../modules/session/hooks/useCan.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { QueryError } from '../../ui/QueryError.tsx';

/** Settings → Roles & permissions: the roles; each opens to its matrix. */
export function RolesPage() {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const roles = useRoles();
  const [dialog, setDialog] = useState<{ open: boolean; role: Role | null }>({ open: false, role: null });

  return (
    <>
      <PageHeader
        title={t('settings.pages.roles.title')}
        description={t('settings.pages.roles.description')}
        extra={
          can('role', 'create') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setDialog({ open: true, role: null })}
            >
              {t('roles.new')}
            </Button>
          )
        }
      />
      <Card>
        {roles.isError ? (
          <QueryError error={roles.error} onRetry={() => void roles.refetch()} />
        ) : (
          <RolesTable
            roles={roles.data ?? []}
            loading={roles.isPending}
            onRename={(role) => setDialog({ open: true, role })}
          />
        )}
      </Card>
      <RoleFormModal
        open={dialog.open}
        role={dialog.role}
        onClose={() => setDialog((current) => ({ ...current, open: false }))}
        onSaved={(saved) => {
          if (!dialog.role) navigate(`/settings/roles/${saved.id}`);
        }}
      />
    </>
  );
}
