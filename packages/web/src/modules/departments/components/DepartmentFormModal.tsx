import { Form, Input, InputNumber, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../ui/FormErrorAlert.tsx';
import { applyServerErrors } from '../../../ui/server-errors.ts';
import { UserSelect } from '../../users/components/UserSelect.tsx';
import type { Department } from '../api/departments.api.ts';
import { useCreateDepartment } from '../hooks/useCreateDepartment.ts';
import { useUpdateDepartment } from '../hooks/useUpdateDepartment.ts';
import { DepartmentTreeSelect } from './DepartmentTreeSelect.tsx';

interface DepartmentFormValues {
  name: string;
  parentId?: number | null;
  headUserId?: number | null;
  sortOrder?: number | null;
}

type DepartmentFormModalProps = {
  open: boolean;
  onClose: () => void;
  onSaved: (department: Department) => void;
} & ({ mode: 'create'; parentId: number | null } | { mode: 'edit'; department: Department });

/** Adds a department (under a chosen parent) or edits one's name, head and order. */
export function DepartmentFormModal(props: DepartmentFormModalProps) {
  const { open, onClose, onSaved } = props;
  const { t } = useTranslation();
  const [form] = Form.useForm<DepartmentFormValues>();
  const create = useCreateDepartment();
  const update = useUpdateDepartment();
  const [formError, setFormError] = useState<string | null>(null);
  const editing = props.mode === 'edit' ? props.department : null;
  const presetParent = props.mode === 'create' ? props.parentId : null;

  useEffect(() => {
    if (!open) return;
    setFormError(null);
    form.resetFields();
    form.setFieldsValue(
      editing
        ? { name: editing.name, headUserId: editing.headUser?.id ?? null, sortOrder: editing.sortOrder }
        : { name: '', parentId: presetParent, headUserId: null },
    );
  }, [open, editing, presetParent, form]);

  const submit = (values: DepartmentFormValues) => {
    setFormError(null);
    const onError = (error: unknown) => setFormError(applyServerErrors(form, error));
    const onSuccess = (department: Department) => {
      onSaved(department);
      onClose();
    };
    if (editing) {
      update.mutate(
        {
          id: editing.id,
          changes: {
            name: values.name.trim(),
            headUserId: values.headUserId ?? null,
            ...(values.sortOrder != null ? { sortOrder: values.sortOrder } : {}),
          },
        },
        { onSuccess, onError },
      );
    } else {
      create.mutate(
        {
          name: values.name.trim(),
          parentId: values.parentId ?? null,
          ...(values.headUserId ? { headUserId: values.headUserId } : {}),
        },
        { onSuccess, onError },
      );
    }
  };

  return (
    <Modal
      open={open}
      title={editing ? t('departments.editTitle', { name: editing.name }) : t('departments.createTitle')}
      okText={editing ? t('common.save') : t('departments.create')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
    >
      <FormErrorAlert message={formError} />
      <Form form={form} layout="vertical" name="department" onFinish={submit}>
        <Form.Item
          name="name"
          label={t('departments.fields.name')}
          rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
        >
          <Input maxLength={100} autoFocus placeholder={t('departments.namePlaceholder')} />
        </Form.Item>
        {!editing && (
          <Form.Item
            name="parentId"
            label={t('departments.fields.parent')}
            extra={t('departments.parentHint')}
          >
            <DepartmentTreeSelect placeholder={t('departments.topLevel')} />
          </Form.Item>
        )}
        <Form.Item name="headUserId" label={t('departments.fields.head')}>
          <UserSelect selected={editing?.headUser ?? null} placeholder={t('departments.noHead')} />
        </Form.Item>
        {editing && (
          <Form.Item
            name="sortOrder"
            label={t('departments.fields.sortOrder')}
            extra={t('departments.sortOrderHint')}
          >
            <InputNumber min={0} max={100000} precision={0} style={{ width: 160 }} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
