import { LikeOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../ui/server-errors.ts';
import { useMarkEngaged } from '../hooks/useNurturingActions.ts';

/** 有意向: a pooled lead engaged (replied, called) — hand it back to a rep and stop its emails. */
export function EngagedButton({
  leadId,
  name,
  size,
  onDone,
}: {
  leadId: number;
  name: string;
  size?: 'small' | 'middle';
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const engaged = useMarkEngaged();
  return (
    <Popconfirm
      title={t('nurturing.engaged.confirm', { name })}
      description={t('nurturing.engaged.help')}
      onConfirm={async () => {
        try {
          const result = await engaged.mutateAsync(leadId);
          if (result.owner) message.success(t('nurturing.engaged.done', { name, owner: result.owner.name }));
          else message.warning(t('nurturing.engaged.waiting', { name }));
          onDone?.();
        } catch (error) {
          message.error(errorMessage(error));
        }
      }}
    >
      <Button
        size={size}
        icon={<LikeOutlined />}
        loading={engaged.isPending}
        aria-label={t('nurturing.engaged.actionFor', { name })}
      >
        {t('nurturing.engaged.action')}
      </Button>
    </Popconfirm>
  );
}
