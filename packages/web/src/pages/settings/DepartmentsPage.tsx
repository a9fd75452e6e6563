import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../modules/departments/api/departments.api.ts';
import { DepartmentDetails } from '../../modules/departments/components/DepartmentDetails.tsx';
import { DepartmentFormModal } from '../../modules/departments/components/DepartmentFormModal.tsx';
import { DepartmentTree } from '../../modules/departments/components/DepartmentTree.tsx';
import { MoveDepartmentModal } from '../../modules/departments/components/MoveDepartmentModal.tsx';
import { useDepartments } from '../../modules/departments/hooks/useDepartments.ts';
import { useCan } from '../../modules/session/hooks/useCan.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { PageSpin } from '../../ui/PageSpin.tsx';
import { QueryError } from '../../ui/QueryError.tsx';

type Dialog =
  | { kind: 'create'; parentId: number | null }
  | { kind: 'edit'; department: Department }
  | { kind: 'move'; department: Department }
  | null;

/** Settings → Departments: the organisation tree; add, rename, move and delete departments. */
export function DepartmentsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const departments = useDepartments();
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const list = departments.data ?? [];
  // Until the user picks one, the first top-level department is shown.
  const selected = list.find((d) => d.id === selectedId) ?? list.find((d) => d.parentId === null) ?? null;
  const mayCreate = can('department', 'create');

  const createRoot = () => setDialog({ kind: 'create', parentId: null });

  let body: React.ReactNode;
  if (departments.isPending) body = <PageSpin />;
  else if (departments.isError)
    body = <QueryError error={departments.error} onRetry={() => void departments.refetch()} />;
  else if (list.length === 0)
    body = (
      <Card>
        <Empty description={t('departments.empty')}>
          {mayCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={createRoot}>
              {t('departments.createFirst')}
            </Button>
          )}
        </Empty>
      </Card>
    );
  else
    body = (
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10} xl={9}>
          <Card title={t('departments.treeTitle')} className="department-tree-card">
            <DepartmentTree departments={list} selectedId={selected?.id ?? null} onSelect={setSelectedId} />
          </Card>
        </Col>
        <Col xs={24} lg={14} xl={15}>
          <DepartmentDetails
            department={selected}
            departments={list}
            onAddChild={(parent) => setDialog({ kind: 'create', parentId: parent.id })}
            onEdit={(department) => setDialog({ kind: 'edit', department })}
            onMove={(department) => setDialog({ kind: 'move', department })}
            onDeleted={() => setSelectedId(null)}
          />
        </Col>
      </Row>
    );

  return (
    <>
      <PageHeader
        title={t('settings.pages.departments.title')}
        description={t('settings.pages.departments.description')}
        extra={
          mayCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={createRoot}>
              {t('departments.new')}
            </Button>
          )
        }
      />
      {body}
      {dialog?.kind === 'create' && (
        <DepartmentFormModal
          open
          mode="create"
          parentId={dialog.parentId}
          onClose={() => setDialog(null)}
          onSaved={(department) => setSelectedId(department.id)}
        />
      )}
      {dialog?.kind === 'edit' && (
        <DepartmentFormModal
          open
          mode="edit"
          department={dialog.department}
          onClose={() => setDialog(null)}
          onSaved={() => undefined}
        />
      )}
      <MoveDepartmentModal
        open={dialog?.kind === 'move'}
        department={dialog?.kind === 'move' ? dialog.department : null}
        departments={list}
        onClose={() => setDialog(null)}
      />
    </>
  );
}
