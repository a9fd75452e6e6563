import { App, Modal } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useObjectDefinition } from '../../records/hooks/useObjectDefinition.ts';
import { QuickRecordForm } from '../../timeline/components/QuickRecordForm.tsx';
import { useInvalidateActivity } from '../../timeline/hooks/useInvalidateActivity.ts';

const TASK_FIELDS = [
  { name: 'subject', wide: true },
  { name: 'dueAt' },
  { name: 'remindAt' },
  { name: 'priority' },
  { name: 'description', wide: true },
];

/** A new task, about the given record when there is one (its lead, account, contact or opportunity link). */
export function NewTaskModal({
  link,
  open,
  onClose,
}: {
  link?: { object: string; id: number };
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { object } = useObjectDefinition('task');
  const invalidate = useInvalidateActivity();
  const initial = useMemo(() => ({ priority: 'normal' }), []);
  return (
    <Modal
      title={t('tasks.newTask')}
      open={open}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={600}
    >
      {object && (
        <QuickRecordForm
          object={object}
          fields={TASK_FIELDS}
          fixed={link ? { [link.object]: link.id } : undefined}
          initial={initial}
          submitLabel={t('tasks.create')}
          onCancel={onClose}
          onSaved={() => {
            message.success(t('tasks.created'));
            invalidate();
            onClose();
          }}
        />
      )}
    </Modal>
  );
}
