import { App, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../ui/server-errors.ts';
import { PersonSelect } from '../../people/components/PersonSelect.tsx';
import type { PooledLead } from '../api/lead-pools.api.ts';
import { useAssignPooledLeads } from '../hooks/usePoolActions.ts';

/** A pool manager picks who gets a pooled lead. */
export function AssignFromPoolModal({
  poolId,
  lead,
  onClose,
}: {
  poolId: number;
  lead: PooledLead;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [userId, setUserId] = useState<number | null>(null);
  const assign = useAssignPooledLeads();
  return (
    <Modal
      open
      title={t('leadPools.assign.title', { name: lead.name })}
      okText={t('leadPools.assign.confirm')}
      okButtonProps={{ disabled: userId === null }}
      confirmLoading={assign.isPending}
      onCancel={onClose}
      onOk={async () => {
        if (userId === null) return;
        try {
          await assign.mutateAsync({ poolId, leadIds: [lead.id], userId });
          message.success(t('leadPools.assign.done'));
          onClose();
        } catch (error) {
          message.error(errorMessage(error));
        }
      }}
    >
      <Typography.Paragraph type="secondary">{t('leadPools.assign.help')}</Typography.Paragraph>
      <PersonSelect id="assign-from-pool" value={userId} onChange={setUserId} />
    </Modal>
  );
}
