import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../ui/FormErrorAlert.tsx';
import { applyServerErrors } from '../../../ui/server-errors.ts';
import type { RecordData } from '../../records/api/records.api.ts';
import { useMoveTicket } from '../hooks/useMoveTicket.ts';

/** Resolves a ticket: the resolution is required (the server says so too). */
export function ResolveTicketModal({
  ticket,
  open,
  onClose,
  onResolved,
}: {
  ticket: RecordData;
  open: boolean;
  onClose: () => void;
  onResolved: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ resolution: string }>();
  const [error, setError] = useState<string | null>(null);
  const move = useMoveTicket();
  const submit = async ({ resolution }: { resolution: string }) => {
    setError(null);
    try {
      await move.mutateAsync({
        id: ticket.id,
        version: ticket.version,
        values: { status: 'resolved', resolution },
      });
      onResolved();
    } catch (problem) {
      setError(applyServerErrors(form, problem));
    }
  };
  return (
    <Modal
      title={t('tickets.resolveTitle')}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('tickets.actions.resolve')}
      confirmLoading={move.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ resolution: typeof ticket.resolution === 'string' ? ticket.resolution : '' }}
        onFinish={submit}
      >
        <FormErrorAlert message={error} />
        <Form.Item
          name="resolution"
          label={t('tickets.resolution')}
          rules={[{ required: true, whitespace: true, message: t('tickets.resolutionRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={5000} placeholder={t('tickets.resolutionPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
