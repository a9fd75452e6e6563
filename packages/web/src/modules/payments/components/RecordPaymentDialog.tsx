import { Decimal, formatCny, isLocale, parseAmountInput } from '@lodestar/shared';
import { DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../ui/FormErrorAlert.tsx';
import { applyServerErrors } from '../../../ui/server-errors.ts';
import type { RecordData } from '../../records/api/records.api.ts';
import { choicesOf } from '../../records/components/FieldValue.tsx';
import { useFieldLabel } from '../../records/hooks/useFieldLabel.ts';
import { useObjectDefinition } from '../../records/hooks/useObjectDefinition.ts';
import { useContractInstalments } from '../hooks/useContractInstalments.ts';
import { useRecordPayment } from '../hooks/useRecordPayment.ts';

interface RecordPaymentDialogProps {
  open: boolean;
  contract: RecordData;
  onClose: () => void;
  onRecorded: (payment: RecordData) => void;
}

interface PaymentValues {
  amount: string;
  receivedOn: Dayjs;
  paymentPlan?: number | null;
  method?: string | null;
  reference?: string;
  description?: string;
}

const amountOf = (value: unknown) =>
  typeof value === 'string' && value !== '' ? Decimal.parse(value) : Decimal.ZERO;

/**
 * 登记回款: amount (the receivable by default), date, the instalment it pays (by default the earliest open
 * one; what exceeds it goes to the next ones), method and reference. The server refuses over-payment.
 */
export function RecordPaymentDialog({ open, contract, onClose, onRecorded }: RecordPaymentDialogProps) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'zh-CN';
  const label = useFieldLabel();
  const [form] = Form.useForm<PaymentValues>();
  const record = useRecordPayment(contract.id);
  const instalments = useContractInstalments(contract.id);
  const paymentObject = useObjectDefinition('payment').object;
  const methodField = paymentObject?.fields.find((field) => field.apiName === 'method');
  const [formError, setFormError] = useState<string | null>(null);
  const receivable = amountOf(contract.receivableAmount);
  const open_ = (instalments.data?.data ?? []).filter((line) =>
    amountOf(line.amount).greaterThan(amountOf(line.receivedAmount)),
  );
  const money = (value: Decimal) => formatCny(value.toFixed(2), { locale });

  useEffect(() => {
    if (!open) return;
    setFormError(null);
    form.resetFields();
    form.setFieldsValue({ amount: receivable.toFixed(2), receivedOn: dayjs(), method: 'bankTransfer' });
  }, [open, form, receivable]);

  const submit = (values: PaymentValues) => {
    setFormError(null);
    record.mutate(
      {
        amount: (parseAmountInput(values.amount) ?? Decimal.ZERO).toFixed(2),
        receivedOn: values.receivedOn.format('YYYY-MM-DD'),
        ...(values.paymentPlan ? { paymentPlan: values.paymentPlan } : {}),
        ...(values.method ? { method: values.method } : {}),
        ...(values.reference?.trim() ? { reference: values.reference.trim() } : {}),
        ...(values.description?.trim() ? { description: values.description.trim() } : {}),
      },
      { onSuccess: onRecorded, onError: (error) => setFormError(applyServerErrors(form, error)) },
    );
  };

  return (
    <Modal
      open={open}
      title={t('payments.record.title')}
      okText={t('payments.record.ok')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={record.isPending}
      destroyOnHidden
      width={560}
    >
      <FormErrorAlert message={formError} />
      <Form form={form} layout="vertical" name="recordPayment" onFinish={submit}>
        <Form.Item
          name="amount"
          label={t('payments.record.amount')}
          extra={t('payments.record.receivable', { amount: money(receivable) })}
          rules={[
            {
              validator: (_rule, value: string | undefined) => {
                const parsed = value ? parseAmountInput(value) : null;
                return parsed?.greaterThan(0)
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('payments.record.amountInvalid')));
              },
            },
          ]}
        >
          <Input prefix="¥" inputMode="decimal" />
        </Form.Item>
        <Form.Item
          name="receivedOn"
          label={t('payments.record.receivedOn')}
          rules={[{ required: true, message: t('payments.record.receivedOnRequired') }]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="paymentPlan"
          label={t('payments.record.instalment')}
          extra={t('payments.record.instalmentHint')}
        >
          <Select
            allowClear
            placeholder={t('payments.record.autoMatch')}
            options={open_.map((line) => ({
              value: line.id,
              label: `${String(line.name)} · ${String(line.dueDate)} · ${t('payments.record.remaining', {
                amount: money(amountOf(line.amount).minus(amountOf(line.receivedAmount))),
              })}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="method" label={methodField ? label(methodField.label) : t('payments.record.method')}>
          <Select
            allowClear
            options={(methodField ? choicesOf(methodField) : []).map((choice) => ({
              value: choice.value,
              label: label(choice.label),
            }))}
          />
        </Form.Item>
        <Form.Item name="reference" label={t('payments.record.reference')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="description" label={t('payments.record.description')}>
          <Input.TextArea rows={2} maxLength={5000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
