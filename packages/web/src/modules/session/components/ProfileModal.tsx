import { App, Descriptions, Form, Input, Modal, Select, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../ui/FormErrorAlert.tsx';
import { applyServerErrors } from '../../../ui/server-errors.ts';
import { timeZoneOptions } from '../../../ui/time-zones.ts';
import { useCurrentUser } from '../hooks/useCurrentUser.ts';
import { useRoleName } from '../hooks/useRoleName.ts';
import { useUpdateProfile } from '../hooks/useUpdateProfile.ts';

interface ProfileValues {
  name: string;
  email: string;
  phone: string;
  timeZone: string | undefined;
}

/** The signed-in user's own profile: name, email, phone and time zone are editable; the rest is shown. */
export function ProfileModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const roleName = useRoleName();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProfileValues>();
  const updateProfile = useUpdateProfile();
  const [formError, setFormError] = useState<string | null>(null);
  const [zones] = useState(timeZoneOptions);

  const save = (values: ProfileValues) => {
    setFormError(null);
    updateProfile.mutate(
      {
        name: values.name.trim(),
        email: values.email?.trim() || null,
        phone: values.phone?.trim() || null,
        timeZone: values.timeZone ?? null,
      },
      {
        onSuccess: () => {
          message.success(t('profile.saved'));
          onClose();
        },
        onError: (error) => setFormError(applyServerErrors(form, error)),
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('profile.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={updateProfile.isPending}
      destroyOnHidden
      afterOpenChange={(visible) => {
        if (visible) setFormError(null);
      }}
    >
      <Descriptions
        column={1}
        size="small"
        style={{ marginBottom: 16 }}
        items={[
          { key: 'username', label: t('profile.username'), children: me.username },
          {
            key: 'department',
            label: t('profile.department'),
            children: me.department?.name ?? t('common.none'),
          },
          {
            key: 'roles',
            label: t('profile.roles'),
            children: me.roles.length
              ? me.roles.map((role) => <Tag key={role.id}>{roleName(role)}</Tag>)
              : t('common.none'),
          },
        ]}
      />
      <FormErrorAlert message={formError} />
      <Form
        form={form}
        layout="vertical"
        name="profile"
        onFinish={save}
        initialValues={{
          name: me.name,
          email: me.email ?? '',
          phone: me.phone ?? '',
          timeZone: me.timeZone ?? undefined,
        }}
      >
        <Form.Item
          name="name"
          label={t('profile.name')}
          rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('profile.email')}
          rules={[{ type: 'email', message: t('validation.email') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="phone" label={t('profile.phone')}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="timeZone" label={t('profile.timeZone')} extra={t('profile.timeZoneHelp')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={zones}
            placeholder={t('profile.timeZoneCompany')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
