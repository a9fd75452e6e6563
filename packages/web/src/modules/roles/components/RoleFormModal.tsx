import { Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../ui/FormErrorAlert.tsx';
import { applyServerErrors } from '../../../ui/server-errors.ts';
import { useRoleDescription } from '../../session/hooks/useRoleDescription.ts';
import { useRoleName } from '../../session/hooks/useRoleName.ts';
import type { Role, RoleDetail } from '../api/roles.api.ts';
import { useCreateRole } from '../hooks/useCreateRole.ts';
import { useRoles } from '../hooks/useRoles.ts';
import { useUpdateRole } from '../hooks/useUpdateRole.ts';

interface RoleFormValues {
  name: string;
  description?: string;
  copyFromRoleId?: number;
}

interface RoleFormModalProps {
  open: boolean;
  /** The role to rename; null to create one. */
  role: Role | null;
  onClose: () => void;
  onSaved: (role: RoleDetail) => void;
}

/** Creates a role (optionally as a copy of another's permissions) or renames one. */
export function RoleFormModal({ open, role, onClose, onSaved }: RoleFormModalProps) {
  const { t } = useTranslation();
  const roleName = useRoleName();
  const roleDescription = useRoleDescription();
  const [form] = Form.useForm<RoleFormValues>();
  const roles = useRoles(open && role === null);
  const create = useCreateRole();
  const update = useUpdateRole();
  const [formError, setFormError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setFormError(null);
    form.resetFields();
    if (role) form.setFieldsValue({ name: roleName(role), description: roleDescription(role) });
  }, [open, role, form, roleName, roleDescription]);

  const submit = (values: RoleFormValues) => {
    setFormError(null);
    const description = values.description?.trim() || null;
    const handlers = {
      onSuccess: (saved: RoleDetail) => {
        onSaved(saved);
        onClose();
      },
      onError: (error: unknown) => setFormError(applyServerErrors(form, error)),
    };
    if (role) update.mutate({ id: role.id, changes: { name: values.name.trim(), description } }, handlers);
    else
      create.mutate(
        {
          name: values.name.trim(),
          description,
          ...(values.copyFromRoleId ? { copyFromRoleId: values.copyFromRoleId } : {}),
        },
        handlers,
      );
  };

  return (
    <Modal
      open={open}
      title={role ? t('roles.editTitle') : t('roles.createTitle')}
      okText={role ? t('common.save') : t('roles.create')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
    >
      <FormErrorAlert message={formError} />
      <Form form={form} layout="vertical" name="role" onFinish={submit}>
        <Form.Item
          name="name"
          label={t('roles.fields.name')}
          rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
        >
          <Input maxLength={100} placeholder={t('roles.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="description" label={t('roles.fields.description')}>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
        {!role && (
          <Form.Item name="copyFromRoleId" label={t('roles.fields.copyFrom')} extra={t('roles.copyFromHint')}>
            <Select
              allowClear
              loading={roles.isPending}
              placeholder={t('roles.startEmpty')}
              options={(roles.data ?? []).map((r) => ({ value: r.id, label: roleName(r) }))}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
