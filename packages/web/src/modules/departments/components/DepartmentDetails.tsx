import { DeleteOutlined, DragOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Empty, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../ui/format.ts';
import { errorMessage } from '../../../ui/server-errors.ts';
import { useCan } from '../../session/hooks/useCan.ts';
import type { Department } from '../api/departments.api.ts';
import { useDeleteDepartment } from '../hooks/useDeleteDepartment.ts';

interface DepartmentDetailsProps {
  department: Department | null;
  departments: Department[];
  onAddChild: (parent: Department) => void;
  onEdit: (department: Department) => void;
  onMove: (department: Department) => void;
  onDeleted: () => void;
}

/** The selected department: its facts and what can be done with it. */
export function DepartmentDetails({
  department,
  departments,
  onAddChild,
  onEdit,
  onMove,
  onDeleted,
}: DepartmentDetailsProps) {
  const { t, i18n } = useTranslation();
  const { modal, message } = App.useApp();
  const can = useCan();
  const remove = useDeleteDepartment();

  if (!department) {
    return (
      <Card>
        <Empty description={t('departments.selectHint')} />
      </Card>
    );
  }

  const parent = departments.find((d) => d.id === department.parentId);
  const childCount = departments.filter((d) => d.parentId === department.id).length;
  const totalUsers = departments
    .filter((d) => d.path.startsWith(department.path))
    .reduce((sum, d) => sum + d.userCount, 0);

  const confirmDelete = () =>
    modal.confirm({
      title: t('departments.deleteTitle', { name: department.name }),
      content: t('departments.deleteText'),
      okText: t('common.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        remove.mutateAsync(department.id).then(
          () => {
            message.success(t('departments.deleted', { name: department.name }));
            onDeleted();
          },
          (error: unknown) => {
            message.error(errorMessage(error));
          },
        ),
    });

  return (
    <Card
      title={department.name}
      extra={
        <Space wrap>
          {can('department', 'create') && (
            <Button icon={<PlusOutlined />} onClick={() => onAddChild(department)}>
              {t('departments.addChild')}
            </Button>
          )}
          {can('department', 'update') && (
            <>
              <Button icon={<EditOutlined />} onClick={() => onEdit(department)}>
                {t('departments.rename')}
              </Button>
              <Button icon={<DragOutlined />} onClick={() => onMove(department)}>
                {t('departments.move')}
              </Button>
            </>
          )}
          {can('department', 'delete') && (
            <Button danger icon={<DeleteOutlined />} onClick={confirmDelete}>
              {t('common.delete')}
            </Button>
          )}
        </Space>
      }
    >
      <Descriptions
        column={1}
        bordered
        size="small"
        styles={{ label: { width: 160 } }}
        items={[
          { key: 'name', label: t('departments.fields.name'), children: department.name },
          {
            key: 'parent',
            label: t('departments.fields.parent'),
            children: parent?.name ?? t('departments.topLevel'),
          },
          {
            key: 'head',
            label: t('departments.fields.head'),
            children: department.headUser?.name ?? t('departments.noHead'),
          },
          {
            key: 'users',
            label: t('departments.fields.users'),
            children: (
              <Space>
                {totalUsers > department.userCount
                  ? t('departments.userCountWithBelow', { count: department.userCount, total: totalUsers })
                  : t('departments.userCount', { count: department.userCount })}
                {totalUsers > 0 && can('user', 'read') && (
                  <Link to={`/settings/users?departmentId=${department.id}`}>
                    {t('departments.viewUsers')}
                  </Link>
                )}
              </Space>
            ),
          },
          { key: 'children', label: t('departments.fields.children'), children: childCount },
          {
            key: 'updatedAt',
            label: t('common.updatedAt'),
            children: formatDateTime(department.updatedAt, i18n.language),
          },
        ]}
      />
    </Card>
  );
}
