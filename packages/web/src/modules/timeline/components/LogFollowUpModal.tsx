import { App, Modal } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useObjectDefinition } from '../../records/hooks/useObjectDefinition.ts';
import { useInvalidateActivity } from '../hooks/useInvalidateActivity.ts';
import { QuickRecordForm } from './QuickRecordForm.tsx';

const FOLLOW_UP_FIELDS = [
  { name: 'type' },
  { name: 'occurredAt' },
  { name: 'content', wide: true },
  { name: 'nextStep' },
  { name: 'nextFollowUpAt' },
];

/**
 * 写跟进: logs a call, visit, email, WeChat or meeting about the record (its lead, account, contact or
 * opportunity link is filled in; the server adds the account of a contact or opportunity).
 */
export function LogFollowUpModal({
  link,
  open,
  onClose,
}: {
  link: { object: string; id: number };
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { object } = useObjectDefinition('followUp');
  const invalidate = useInvalidateActivity();
  // Opening the dialog again starts from now.
  const initial = useMemo(
    () => (open ? { type: 'phone', occurredAt: new Date().toISOString() } : {}),
    [open],
  );
  return (
    <Modal
      title={t('timeline.logFollowUp')}
      open={open}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={640}
    >
      {object && (
        <QuickRecordForm
          object={object}
          fields={FOLLOW_UP_FIELDS}
          fixed={{ [link.object]: link.id }}
          initial={initial}
          submitLabel={t('timeline.saveFollowUp')}
          onCancel={onClose}
          onSaved={() => {
            message.success(t('timeline.followUpSaved'));
            invalidate();
            onClose();
          }}
        />
      )}
    </Modal>
  );
}
