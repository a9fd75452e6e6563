import type { ConditionNode } from '@lodestar/shared';
import { App, Button, Drawer, Flex, Form, Input, InputNumber, Popconfirm, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../ui/FormErrorAlert.tsx';
import { applyServerErrors, errorMessage } from '../../../ui/server-errors.ts';
import { DepartmentTreeSelect } from '../../departments/components/DepartmentTreeSelect.tsx';
import { PeopleSelect } from '../../lead-assignment/components/PeopleSelect.tsx';
import { RecordFilterBar } from '../../records/components/RecordFilterBar.tsx';
import { useObjectDefinition } from '../../records/hooks/useObjectDefinition.ts';
import { buildFilter, type FilterRow, filterRowsOf } from '../../records/utils/filter-condition.ts';
import type { Pool, PoolInput } from '../api/lead-pools.api.ts';
import { useDeletePool, useSavePool } from '../hooks/usePoolActions.ts';

interface PoolFormDrawerProps {
  pool: Pool | null;
  onClose: () => void;
  onSaved: (pool: Pool) => void;
}

interface PoolFormValues {
  name: string;
  description?: string;
  region?: string;
  departmentId?: number | null;
  position?: number;
  dailyClaimLimit?: number | null;
  maxOwnedLeads?: number | null;
  reclaimCooldownDays?: number;
  noFollowUpDays?: number | null;
  notConvertedDays?: number | null;
  reminderDays?: number | null;
}

/** Creates or edits a pool: who is in it, its claim limits and its recycle rules. */
export function PoolFormDrawer({ pool, onClose, onSaved }: PoolFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PoolFormValues>();
  const [members, setMembers] = useState<number[]>(pool?.members.map((member) => member.user.id) ?? []);
  const [managers, setManagers] = useState<number[]>(
    pool?.members.filter((member) => member.isManager).map((member) => member.user.id) ?? [],
  );
  const [condition, setCondition] = useState<FilterRow[]>(filterRowsOf(pool?.recycleCondition ?? null) ?? []);
  const [formError, setFormError] = useState<string | null>(null);
  const save = useSavePool();
  const remove = useDeletePool();
  const { object: lead } = useObjectDefinition('lead');
  const fields = useMemo(() => (lead?.fields ?? []).filter((field) => field.type !== 'attachment'), [lead]);

  const onFinish = async (values: PoolFormValues) => {
    setFormError(null);
    const filter = buildFilter(condition);
    const everyone = [...new Set([...members, ...managers])];
    const input: PoolInput = {
      name: values.name.trim(),
      description: values.description?.trim() || null,
      region: values.region?.trim() || null,
      departmentId: values.departmentId ?? null,
      position: values.position ?? 0,
      dailyClaimLimit: values.dailyClaimLimit ?? null,
      maxOwnedLeads: values.maxOwnedLeads ?? null,
      reclaimCooldownDays: values.reclaimCooldownDays ?? 0,
      noFollowUpDays: values.noFollowUpDays ?? null,
      notConvertedDays: values.notConvertedDays ?? null,
      reminderDays: values.reminderDays ?? null,
      recycleCondition: filter ? (JSON.parse(filter) as ConditionNode) : null,
      members: everyone.map((userId) => ({ userId, isManager: managers.includes(userId) })),
    };
    try {
      const saved = await save.mutateAsync({ id: pool?.id, input });
      message.success(t('leadPools.form.saved'));
      onSaved(saved);
    } catch (error) {
      setFormError(applyServerErrors(form, error));
    }
  };

  const number = (name: keyof PoolFormValues, label: string, help?: string, min = 0) => (
    <Form.Item name={name} label={label} extra={help} style={{ flex: '1 1 200px' }}>
      <InputNumber min={min} style={{ width: '100%' }} placeholder={t('leadPools.form.none')} />
    </Form.Item>
  );

  return (
    <Drawer
      open
      size={720}
      destroyOnHidden
      title={pool ? t('leadPools.form.editTitle', { name: pool.name }) : t('leadPools.form.newTitle')}
      onClose={onClose}
      extra={
        <Flex gap={8}>
          {pool && (
            <Popconfirm
              title={t('leadPools.form.confirmDelete')}
              onConfirm={async () => {
                try {
                  await remove.mutateAsync(pool.id);
                  onClose();
                } catch (error) {
                  message.error(errorMessage(error));
                }
              }}
            >
              <Button danger>{t('common.delete')}</Button>
            </Popconfirm>
          )}
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <FormErrorAlert message={formError} />
      <Form<PoolFormValues>
        form={form}
        layout="vertical"
        name="pool"
        onFinish={(values) => void onFinish(values)}
        initialValues={{
          name: pool?.name ?? '',
          description: pool?.description ?? '',
          region: pool?.region ?? '',
          departmentId: pool?.departmentId ?? null,
          position: pool?.position ?? 0,
          dailyClaimLimit: pool?.dailyClaimLimit ?? null,
          maxOwnedLeads: pool?.maxOwnedLeads ?? null,
          reclaimCooldownDays: pool?.reclaimCooldownDays ?? 0,
          noFollowUpDays: pool?.noFollowUpDays ?? null,
          notConvertedDays: pool?.notConvertedDays ?? null,
          reminderDays: pool?.reminderDays ?? null,
        }}
      >
        <Form.Item
          name="name"
          label={t('leadPools.form.name')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item name="region" label={t('leadPools.form.region')} style={{ flex: '1 1 200px' }}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="departmentId" label={t('leadPools.form.department')} style={{ flex: '1 1 200px' }}>
            <DepartmentTreeSelect />
          </Form.Item>
          {number('position', t('leadPools.form.position'))}
        </Flex>
        <Form.Item name="description" label={t('leadPools.form.description')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item label={t('leadPools.form.members')} extra={t('leadPools.form.membersHelp')}>
          <PeopleSelect id="pool-members" value={members} onChange={setMembers} />
        </Form.Item>
        <Form.Item label={t('leadPools.form.managers')} extra={t('leadPools.form.managersHelp')}>
          <PeopleSelect id="pool-managers" value={managers} onChange={setManagers} />
        </Form.Item>
        <Typography.Title level={5}>{t('leadPools.form.claimLimits')}</Typography.Title>
        <Flex gap={16} wrap>
          {number('dailyClaimLimit', t('leadPools.form.dailyClaimLimit'))}
          {number('maxOwnedLeads', t('leadPools.form.maxOwnedLeads'))}
          {number('reclaimCooldownDays', t('leadPools.form.reclaimCooldownDays'))}
        </Flex>
        <Typography.Title level={5}>{t('leadPools.form.recycleRules')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('leadPools.form.recycleHelp')}</Typography.Paragraph>
        <Flex gap={16} wrap>
          {number('noFollowUpDays', t('leadPools.form.noFollowUpDays'), undefined, 1)}
          {number('notConvertedDays', t('leadPools.form.notConvertedDays'), undefined, 1)}
          {number('reminderDays', t('leadPools.form.reminderDays'), undefined, 1)}
        </Flex>
        <Form.Item label={t('leadPools.form.recycleCondition')}>
          <RecordFilterBar fields={fields} rows={condition} onChange={setCondition} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
