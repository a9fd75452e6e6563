import { DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../ui/FormErrorAlert.tsx';
import { applyServerErrors } from '../../../ui/server-errors.ts';
import type { RecordData } from '../../records/api/records.api.ts';
import type { ContractAction } from '../api/contracts.api.ts';
import { useContractTransition } from '../hooks/useContractTransition.ts';
import { DANGEROUS_ACTIONS, REASON_ACTIONS } from '../utils/contract-status.ts';

interface ContractActionDialogProps {
  record: RecordData;
  /** The action to confirm; null: closed. */
  action: ContractAction | null;
  onClose: () => void;
  onDone: (action: ContractAction) => void;
}

interface ActionValues {
  comment?: string;
  signDate?: Dayjs | null;
}

/**
 * Confirms a contract transition: says what it does, asks for the reason where one is required (reject,
 * terminate) and the signing date when signing; server errors show in the dialog.
 */
export function ContractActionDialog({ record, action, onClose, onDone }: ContractActionDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ActionValues>();
  const transition = useContractTransition(record.id);
  const [formError, setFormError] = useState<string | null>(null);

  useEffect(() => {
    if (action) {
      setFormError(null);
      form.resetFields();
    }
  }, [action, form]);

  if (!action) return null;
  const needsReason = REASON_ACTIONS.has(action);
  const submit = (values: ActionValues) => {
    setFormError(null);
    transition.mutate(
      {
        action,
        body: {
          ...(values.comment?.trim() ? { comment: values.comment.trim() } : {}),
          ...(values.signDate ? { signDate: values.signDate.format('YYYY-MM-DD') } : {}),
        },
      },
      { onSuccess: () => onDone(action), onError: (error) => setFormError(applyServerErrors(form, error)) },
    );
  };

  return (
    <Modal
      open
      title={t(`contracts.confirm.${action}.title`, { number: record.number ?? `#${record.id}` })}
      okText={t(`contracts.actions.${action}`)}
      okButtonProps={{ danger: DANGEROUS_ACTIONS.has(action) }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={transition.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph>{t(`contracts.confirm.${action}.text`)}</Typography.Paragraph>
      <FormErrorAlert message={formError} />
      <Form
        form={form}
        layout="vertical"
        name="contractAction"
        onFinish={submit}
        initialValues={{ signDate: record.signDate ? dayjs(String(record.signDate)) : dayjs() }}
      >
        {action === 'sign' && (
          <Form.Item name="signDate" label={t('contracts.signDate')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        )}
        {needsReason && (
          <Form.Item
            name="comment"
            label={t('contracts.reason')}
            rules={[{ required: true, whitespace: true, message: t('contracts.reasonRequired') }]}
          >
            <Input.TextArea
              rows={3}
              maxLength={2000}
              showCount
              placeholder={t(`contracts.reasonPlaceholder.${action as 'reject' | 'terminate'}`)}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
