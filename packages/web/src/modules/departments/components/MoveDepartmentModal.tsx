import { Form, Modal, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../ui/FormErrorAlert.tsx';
import { applyServerErrors } from '../../../ui/server-errors.ts';
import type { Department } from '../api/departments.api.ts';
import { useUpdateDepartment } from '../hooks/useUpdateDepartment.ts';
import { subtreeIds } from '../utils/department-tree.ts';
import { DepartmentTreeSelect } from './DepartmentTreeSelect.tsx';

interface MoveDepartmentModalProps {
  open: boolean;
  department: Department | null;
  departments: Department[];
  onClose: () => void;
}

/** Moves a department (with everything below it) under another parent, or to the top level. */
export function MoveDepartmentModal({ open, department, departments, onClose }: MoveDepartmentModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ parentId?: number | null }>();
  const update = useUpdateDepartment();
  const [formError, setFormError] = useState<string | null>(null);
  const blocked = useMemo(
    () => (department ? subtreeIds(departments, department.id) : new Set<number>()),
    [department, departments],
  );

  useEffect(() => {
    if (open && department) {
      setFormError(null);
      form.setFieldsValue({ parentId: department.parentId });
    }
  }, [open, department, form]);

  const submit = ({ parentId }: { parentId?: number | null }) => {
    if (!department) return;
    setFormError(null);
    update.mutate(
      { id: department.id, changes: { parentId: parentId ?? null } },
      { onSuccess: onClose, onError: (error) => setFormError(applyServerErrors(form, error)) },
    );
  };

  return (
    <Modal
      open={open}
      title={t('departments.moveTitle', { name: department?.name ?? '' })}
      okText={t('departments.move')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={update.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('departments.moveHint')}</Typography.Paragraph>
      <FormErrorAlert message={formError} />
      <Form form={form} layout="vertical" name="moveDepartment" onFinish={submit}>
        <Form.Item name="parentId" label={t('departments.fields.newParent')}>
          <DepartmentTreeSelect disabledIds={blocked} placeholder={t('departments.topLevel')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
