import { RollbackOutlined } from '@ant-design/icons';
import { App, Button, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../ui/server-errors.ts';
import type { RecordExtensionProps } from '../../records/utils/object-extension.ts';
import { useCan } from '../../session/hooks/useCan.ts';
import { useMe } from '../../session/hooks/useMe.ts';
import { useReturnToPool } from '../hooks/usePoolActions.ts';
import { usePools } from '../hooks/usePools.ts';

/** 退回公海 on an owned, unconverted lead: gives it back to a pool with a reason (required). */
export function ReturnToPoolAction({ record, onChanged }: RecordExtensionProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = useCan();
  const { data: me } = useMe();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [poolId, setPoolId] = useState<number | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const pools = usePools({ enabled: open });
  const returning = useReturnToPool();
  const owned = record.ownerId !== null && record.ownerId !== undefined;
  const mayReturn = record.ownerId === me?.id || can('lead', 'update');
  if (!owned || record.status === 'converted' || !mayReturn) return null;
  return (
    <>
      <Button icon={<RollbackOutlined />} onClick={() => setOpen(true)}>
        {t('leadPools.return.action')}
      </Button>
      <Modal
        open={open}
        title={t('leadPools.return.title')}
        okText={t('leadPools.return.confirm')}
        confirmLoading={returning.isPending}
        onCancel={() => setOpen(false)}
        okButtonProps={{ disabled: reason.trim() === '' }}
        onOk={async () => {
          setError(null);
          try {
            await returning.mutateAsync({
              leadId: record.id,
              reason: reason.trim(),
              ...(poolId ? { poolId } : {}),
            });
            message.success(t('leadPools.return.done'));
            setOpen(false);
            onChanged();
          } catch (failure) {
            setError(errorMessage(failure));
          }
        }}
      >
        <Typography.Paragraph type="secondary">{t('leadPools.return.help')}</Typography.Paragraph>
        <Input.TextArea
          rows={3}
          maxLength={500}
          value={reason}
          aria-label={t('leadPools.return.reason')}
          placeholder={t('leadPools.return.reasonPlaceholder')}
          onChange={(event) => setReason(event.target.value)}
        />
        <Select<number>
          style={{ width: '100%', marginTop: 12 }}
          allowClear
          value={poolId}
          placeholder={t('leadPools.return.defaultPool')}
          options={(pools.data ?? []).map((pool) => ({ value: pool.id, label: pool.name }))}
          onChange={(value) => setPoolId(value ?? undefined)}
        />
        {error && (
          <Typography.Paragraph type="danger" style={{ marginTop: 12, marginBottom: 0 }}>
            {error}
          </Typography.Paragraph>
        )}
      </Modal>
    </>
  );
}
