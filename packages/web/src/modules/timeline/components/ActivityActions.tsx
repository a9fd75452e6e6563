import { CheckSquareOutlined, MessageOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordExtensionProps } from '../../records/utils/object-extension.ts';
import { useCan } from '../../session/hooks/useCan.ts';
import { NewTaskModal } from '../../tasks/components/NewTaskModal.tsx';
import { LogFollowUpModal } from './LogFollowUpModal.tsx';

/** Header actions of a lead, account, contact or opportunity: log a follow-up, add a task about it. */
export function ActivityActions({ object, record }: RecordExtensionProps) {
  const { t } = useTranslation();
  const can = useCan();
  const [dialog, setDialog] = useState<'followUp' | 'task' | null>(null);
  const link = { object: object.apiName, id: record.id };
  return (
    <>
      {can('followUp', 'create') && (
        <Button icon={<MessageOutlined />} onClick={() => setDialog('followUp')}>
          {t('timeline.logFollowUp')}
        </Button>
      )}
      {can('task', 'create') && (
        <Button icon={<CheckSquareOutlined />} onClick={() => setDialog('task')}>
          {t('tasks.newTask')}
        </Button>
      )}
      <LogFollowUpModal link={link} open={dialog === 'followUp'} onClose={() => setDialog(null)} />
      <NewTaskModal link={link} open={dialog === 'task'} onClose={() => setDialog(null)} />
    </>
  );
}
