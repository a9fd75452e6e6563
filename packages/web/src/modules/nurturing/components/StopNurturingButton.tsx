import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../ui/server-errors.ts';
import { useStopNurturing } from '../hooks/useNurturingActions.ts';

/** 停止培育: stops a pooled lead's emails (the pool's managers). */
export function StopNurturingButton({ leadId }: { leadId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const stop = useStopNurturing();
  return (
    <Popconfirm
      title={t('nurturing.stop.confirm')}
      onConfirm={async () => {
        try {
          await stop.mutateAsync(leadId);
          message.success(t('nurturing.stop.done'));
        } catch (error) {
          message.error(errorMessage(error));
        }
      }}
    >
      <Button loading={stop.isPending}>{t('nurturing.stop.action')}</Button>
    </Popconfirm>
  );
}
