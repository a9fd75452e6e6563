import { LOCALES, type Locale } from '@lodestar/shared';
import { App, Button, Col, Drawer, Flex, Form, Input, Radio, Row, Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../ui/FormErrorAlert.tsx';
import { applyServerErrors } from '../../../ui/server-errors.ts';
import { DepartmentTreeSelect } from '../../departments/components/DepartmentTreeSelect.tsx';
import { useRoles } from '../../roles/hooks/useRoles.ts';
import { useCan } from '../../session/hooks/useCan.ts';
import { useRoleName } from '../../session/hooks/useRoleName.ts';
import type { User, UserChanges, UserStatus } from '../api/users.api.ts';
import { useCreateUser } from '../hooks/useCreateUser.ts';
import { useUpdateUser } from '../hooks/useUpdateUser.ts';
import { UserSelect } from './UserSelect.tsx';

interface UserFormValues {
  username: string;
  name: string;
  email?: string;
  phone?: string;
  departmentId?: number | null;
  managerId?: number | null;
  roleIds: number[];
  locale: Locale;
  status: UserStatus;
  password?: string;
}

interface UserFormDrawerProps {
  open: boolean;
  /** The user to edit; null to create one. */
  user: User | null;
  onClose: () => void;
  /** After a create: the new user and, when the server generated it, their initial password. */
  onCreated: (user: User, initialPassword: string | null) => void;
}

const USERNAME_PATTERN = /^[a-z0-9._-]{3,32}$/;

function initialValues(user: User | null): Partial<UserFormValues> {
  if (!user) return { roleIds: [], locale: 'zh-CN', status: 'active' };
  return {
    username: user.username,
    name: user.name,
    email: user.email ?? '',
    phone: user.phone ?? '',
    departmentId: user.department?.id ?? null,
    managerId: user.manager?.id ?? null,
    roleIds: user.roles?.map((role) => role.id) ?? [],
    locale: user.locale ?? 'zh-CN',
    status: user.status ?? 'active',
  };
}

/** Only what changed, so fields the viewer may see but not write are never sent back. */
function changedFields(before: Partial<UserFormValues>, after: UserFormValues): UserChanges {
  const changes: UserChanges = {};
  const text = (value: string | undefined) => value?.trim() || null;
  if (after.name !== undefined && after.name.trim() !== before.name) changes.name = after.name.trim();
  if (after.email !== undefined && text(after.email) !== text(before.email))
    changes.email = text(after.email);
  if (after.phone !== undefined && text(after.phone) !== text(before.phone))
    changes.phone = text(after.phone);
  if (after.departmentId !== undefined && (after.departmentId ?? null) !== (before.departmentId ?? null))
    changes.departmentId = after.departmentId ?? null;
  if (after.managerId !== undefined && (after.managerId ?? null) !== (before.managerId ?? null))
    changes.managerId = after.managerId ?? null;
  if (after.locale !== undefined && after.locale !== before.locale) changes.locale = after.locale;
  if (after.status !== undefined && after.status !== before.status) changes.status = after.status;
  if (after.roleIds !== undefined) {
    const was = [...(before.roleIds ?? [])].sort().join(',');
    if ([...after.roleIds].sort().join(',') !== was) changes.roleIds = after.roleIds;
  }
  return changes;
}

/** Create or edit a user: identity, department and manager, roles, language, status. */
export function UserFormDrawer({ open, user, onClose, onCreated }: UserFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = useCan();
  const roleName = useRoleName();
  const [form] = Form.useForm<UserFormValues>();
  const createUser = useCreateUser();
  const updateUser = useUpdateUser();
  const roles = useRoles(can('role', 'read'));
  const [formError, setFormError] = useState<string | null>(null);
  const isEdit = user !== null;
  const initial = useMemo(() => initialValues(user), [user]);

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue(initial);
      setFormError(null);
    }
  }, [open, initial, form]);

  const submit = (values: UserFormValues) => {
    setFormError(null);
    const onError = (error: unknown) => setFormError(applyServerErrors(form, error));
    if (user) {
      const changes = changedFields(initial, values);
      if (Object.keys(changes).length === 0) {
        onClose();
        return;
      }
      updateUser.mutate(
        { id: user.id, changes },
        {
          onSuccess: () => {
            message.success(t('users.saved'));
            onClose();
          },
          onError,
        },
      );
      return;
    }
    createUser.mutate(
      {
        username: values.username.trim().toLowerCase(),
        name: values.name.trim(),
        email: values.email?.trim() || null,
        phone: values.phone?.trim() || null,
        departmentId: values.departmentId ?? null,
        managerId: values.managerId ?? null,
        roleIds: values.roleIds ?? [],
        locale: values.locale,
        ...(values.password ? { password: values.password } : {}),
      },
      { onSuccess: ({ user: created, initialPassword }) => onCreated(created, initialPassword), onError },
    );
  };

  const pending = createUser.isPending || updateUser.isPending;
  return (
    <Drawer
      open={open}
      size={560}
      title={isEdit ? t('users.editTitle', { name: user?.name ?? '' }) : t('users.createTitle')}
      onClose={onClose}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={pending} onClick={() => form.submit()}>
            {isEdit ? t('common.save') : t('users.create')}
          </Button>
        </Flex>
      }
    >
      <FormErrorAlert message={formError} />
      <Form form={form} layout="vertical" name="user" onFinish={submit} initialValues={initial} requiredMark>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="username"
              label={t('users.fields.username')}
              extra={isEdit ? undefined : t('users.usernameHint')}
              rules={
                isEdit
                  ? []
                  : [
                      { required: true, message: t('validation.required') },
                      { pattern: USERNAME_PATTERN, message: t('users.usernameInvalid') },
                    ]
              }
              normalize={(value: string) => value?.toLowerCase()}
            >
              <Input disabled={isEdit} maxLength={32} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="name"
              label={t('users.fields.name')}
              rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
            >
              <Input maxLength={100} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="email"
              label={t('users.fields.email')}
              rules={[{ type: 'email', message: t('validation.email') }]}
            >
              <Input maxLength={200} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="phone" label={t('users.fields.phone')}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="departmentId" label={t('users.fields.department')}>
          <DepartmentTreeSelect />
        </Form.Item>
        <Form.Item name="managerId" label={t('users.fields.manager')}>
          <UserSelect selected={user?.manager ?? null} excludeIds={user ? [user.id] : undefined} />
        </Form.Item>
        <Form.Item name="roleIds" label={t('users.fields.roles')} extra={t('users.rolesHint')}>
          <Select
            mode="multiple"
            loading={roles.isPending && roles.fetchStatus !== 'idle'}
            placeholder={t('users.chooseRoles')}
            options={(roles.data ?? []).map((role) => ({ value: role.id, label: roleName(role) }))}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="locale" label={t('users.fields.locale')}>
              <Select
                options={LOCALES.map((locale) => ({ value: locale, label: t(`language.names.${locale}`) }))}
              />
            </Form.Item>
          </Col>
          {isEdit && (
            <Col span={12}>
              <Form.Item name="status" label={t('users.fields.status')}>
                <Radio.Group
                  optionType="button"
                  options={[
                    { value: 'active', label: t('users.status.active') },
                    { value: 'disabled', label: t('users.status.disabled') },
                  ]}
                />
              </Form.Item>
            </Col>
          )}
        </Row>
        {!isEdit && (
          <Form.Item
            name="password"
            label={t('users.fields.initialPassword')}
            extra={t('users.passwordHint')}
            rules={[{ min: 8, message: t('validation.passwordLength', { min: 8 }) }]}
          >
            <Input.Password autoComplete="new-password" placeholder={t('users.passwordPlaceholder')} />
          </Form.Item>
        )}
      </Form>
    </Drawer>
  );
}
