import { DeleteOutlined, PlusOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { formatCny, isLocale, parseAmountInput } from '@lodestar/shared';
import {
  Alert,
  Button,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Space,
  Table,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../ui/FormErrorAlert.tsx';
import { applyServerErrors } from '../../../ui/server-errors.ts';
import type { RecordData } from '../../records/api/records.api.ts';
import { useSetPaymentPlan } from '../hooks/useSetPaymentPlan.ts';
import { equalInstalments, type PlanRow, planTotal, toInstalments } from '../utils/plan-rows.ts';

interface PaymentPlanEditorProps {
  open: boolean;
  contract: RecordData;
  /** The plan as it is now. */
  instalments: RecordData[];
  onClose: () => void;
  onSaved: () => void;
}

interface PlanValues {
  instalments: PlanRow[];
}

/**
 * Edits a draft contract's payment plan: split the amount into N equal instalments (exact to the 分) a number
 * of months apart, or write the rows by hand; the total must equal the contract amount before it can be saved.
 */
export function PaymentPlanEditor({ open, contract, instalments, onClose, onSaved }: PaymentPlanEditorProps) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'zh-CN';
  const [form] = Form.useForm<PlanValues>();
  const save = useSetPaymentPlan(contract.id);
  const [formError, setFormError] = useState<string | null>(null);
  const [count, setCount] = useState(3);
  const [firstDue, setFirstDue] = useState<Dayjs>(dayjs().add(1, 'month'));
  const [monthsApart, setMonthsApart] = useState(1);
  const rows = Form.useWatch('instalments', form) ?? [];
  const amount = String(contract.amount ?? '0.00');
  const total = planTotal(rows);
  const balanced = rows.length === 0 || total?.equals(parseAmountInput(amount) ?? '0');

  useEffect(() => {
    if (!open) return;
    setFormError(null);
    form.setFieldsValue({
      instalments: instalments.map((line) => ({
        name: String(line.name ?? ''),
        dueDate: line.dueDate ? dayjs(String(line.dueDate)) : null,
        amount: String(line.amount ?? ''),
      })),
    });
  }, [open, instalments, form]);

  const submit = (values: PlanValues) => {
    setFormError(null);
    save.mutate(toInstalments(values.instalments ?? []), {
      onSuccess: onSaved,
      onError: (error) => setFormError(applyServerErrors(form, error)),
    });
  };

  return (
    <Modal
      open={open}
      title={t('payments.plan.editTitle', { number: contract.number ?? `#${contract.id}` })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      okButtonProps={{ disabled: !balanced }}
      onCancel={onClose}
      confirmLoading={save.isPending}
      width={760}
      destroyOnHidden
    >
      <Flex vertical gap={12}>
        <Flex gap={8} align="center" wrap className="plan-generator" style={{ marginTop: 8 }}>
          <Typography.Text>{t('payments.plan.splitInto')}</Typography.Text>
          <InputNumber
            min={1}
            max={60}
            precision={0}
            value={count}
            onChange={(v) => setCount(v ?? 1)}
            aria-label={t('payments.plan.count')}
            style={{ width: 72 }}
          />
          <Typography.Text>{t('payments.plan.firstDue')}</Typography.Text>
          <DatePicker
            value={firstDue}
            onChange={(v) => v && setFirstDue(v)}
            allowClear={false}
            aria-label={t('payments.plan.firstDue')}
          />
          <Typography.Text>{t('payments.plan.every')}</Typography.Text>
          <InputNumber
            min={1}
            max={24}
            precision={0}
            value={monthsApart}
            onChange={(v) => setMonthsApart(v ?? 1)}
            aria-label={t('payments.plan.monthsApart')}
            style={{ width: 64 }}
          />
          <Typography.Text>{t('payments.plan.months')}</Typography.Text>
          <Button
            icon={<ThunderboltOutlined />}
            onClick={() =>
              form.setFieldsValue({ instalments: equalInstalments(amount, count, firstDue, monthsApart) })
            }
            data-action="split"
          >
            {t('payments.plan.generate')}
          </Button>
        </Flex>
        <FormErrorAlert message={formError} />
        <Form form={form} name="paymentPlan" onFinish={submit} initialValues={{ instalments: [] }}>
          <Form.List name="instalments">
            {(fields, { add, remove }) => (
              <>
                <Table
                  size="small"
                  pagination={false}
                  rowKey="key"
                  dataSource={fields}
                  locale={{ emptyText: t('payments.plan.emptyEditor') }}
                  columns={[
                    {
                      title: '#',
                      width: 44,
                      render: (_value, _field, index) => index + 1,
                    },
                    {
                      title: t('payments.plan.name'),
                      render: (_value, field, index) => (
                        <Form.Item name={[field.name, 'name']} noStyle>
                          <Input
                            placeholder={t('payments.plan.defaultName', { n: index + 1 })}
                            maxLength={200}
                          />
                        </Form.Item>
                      ),
                    },
                    {
                      title: t('payments.plan.dueDate'),
                      width: 170,
                      render: (_value, field) => (
                        <Form.Item
                          name={[field.name, 'dueDate']}
                          rules={[{ required: true, message: t('payments.plan.dueDateRequired') }]}
                          style={{ margin: 0 }}
                        >
                          <DatePicker style={{ width: '100%' }} />
                        </Form.Item>
                      ),
                    },
                    {
                      title: t('payments.plan.amount'),
                      width: 180,
                      render: (_value, field) => (
                        <Form.Item
                          name={[field.name, 'amount']}
                          rules={[
                            {
                              validator: (_rule, value: string | undefined) => {
                                const parsed = value ? parseAmountInput(value) : null;
                                return parsed?.greaterThan(0)
                                  ? Promise.resolve()
                                  : Promise.reject(new Error(t('payments.plan.amountInvalid')));
                              },
                            },
                          ]}
                          style={{ margin: 0 }}
                        >
                          <Input prefix="¥" inputMode="decimal" />
                        </Form.Item>
                      ),
                    },
                    {
                      width: 48,
                      render: (_value, field) => (
                        <Button
                          type="text"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={t('common.delete')}
                          onClick={() => remove(field.name)}
                        />
                      ),
                    },
                  ]}
                />
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({})}
                  block
                  style={{ marginTop: 8 }}
                >
                  {t('payments.plan.addRow')}
                </Button>
              </>
            )}
          </Form.List>
        </Form>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Flex justify="flex-end" gap={16} className="plan-total">
            <Typography.Text>
              {t('payments.plan.total')}:{' '}
              <Typography.Text strong type={balanced ? undefined : 'danger'}>
                {total === null ? '—' : formatCny(total.toFixed(2), { locale })}
              </Typography.Text>
            </Typography.Text>
            <Typography.Text type="secondary">
              {t('payments.plan.contractAmount')}: {formatCny(amount, { locale })}
            </Typography.Text>
          </Flex>
          {!balanced && total !== null && (
            <Alert
              type="warning"
              showIcon
              message={t('payments.plan.unbalanced', {
                difference: formatCny(total.minus(amount).abs().toFixed(2), { locale }),
              })}
            />
          )}
        </Space>
      </Flex>
    </Modal>
  );
}
