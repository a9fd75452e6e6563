import { EditOutlined } from '@ant-design/icons';
import { Decimal, formatCny, isLocale } from '@lodestar/shared';
import { App, Button, Flex, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../ui/format.ts';
import { QueryError } from '../../../ui/QueryError.tsx';
import type { RecordData } from '../../records/api/records.api.ts';
import type { RecordExtensionProps } from '../../records/utils/object-extension.ts';
import { useCan } from '../../session/hooks/useCan.ts';
import type { PaymentStatus } from '../api/payments.api.ts';
import { useContractInstalments } from '../hooks/useContractInstalments.ts';
import { PaymentPlanEditor } from './PaymentPlanEditor.tsx';
import { PaymentStatusTag } from './PaymentStatusTag.tsx';

const amountOf = (value: unknown) =>
  typeof value === 'string' && value !== '' ? Decimal.parse(value) : Decimal.ZERO;

/** The contract's instalments with what each has received and its status; a draft's plan can be edited. */
export function PaymentPlanTab({ record, onChanged }: RecordExtensionProps) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'zh-CN';
  const { message } = App.useApp();
  const can = useCan();
  const instalments = useContractInstalments(record.id);
  const [editing, setEditing] = useState(false);
  const rows = instalments.data?.data ?? [];
  const editable = record.status === 'draft' && can('contract', 'update');
  const money = (value: unknown) => formatCny(amountOf(value).toFixed(2), { locale });
  const total = Decimal.sum(rows.map((row) => amountOf(row.amount)));

  if (instalments.isError)
    return <QueryError error={instalments.error} onRetry={() => void instalments.refetch()} />;
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">
          {record.status === 'draft' ? t('payments.plan.draftHint') : t('payments.plan.lockedHint')}
        </Typography.Text>
        {editable && (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-action="edit-plan">
            {t('payments.plan.edit')}
          </Button>
        )}
      </Flex>
      <Table<RecordData>
        size="small"
        rowKey="id"
        loading={instalments.isLoading}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('payments.plan.empty') }}
        columns={[
          { title: '#', dataIndex: 'instalment', width: 48 },
          { title: t('payments.plan.name'), dataIndex: 'name' },
          {
            title: t('payments.plan.dueDate'),
            dataIndex: 'dueDate',
            render: (value: string) => formatDate(`${value}T00:00:00+08:00`, locale),
          },
          { title: t('payments.plan.amount'), dataIndex: 'amount', align: 'right', render: money },
          { title: t('payments.plan.received'), dataIndex: 'receivedAmount', align: 'right', render: money },
          {
            title: t('payments.plan.remaining'),
            align: 'right',
            render: (_value, row) =>
              money(amountOf(row.amount).minus(amountOf(row.receivedAmount)).toFixed(2)),
          },
          {
            title: t('payments.plan.status'),
            dataIndex: 'status',
            render: (value: PaymentStatus) => <PaymentStatusTag status={value} />,
          },
        ]}
        summary={() =>
          rows.length > 0 ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={3}>
                <Typography.Text strong>{t('payments.plan.total')}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                <Typography.Text strong type={total.equals(amountOf(record.amount)) ? undefined : 'danger'}>
                  {money(total.toFixed(2))}
                </Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                {money(Decimal.sum(rows.map((row) => amountOf(row.receivedAmount))).toFixed(2))}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} colSpan={2} />
            </Table.Summary.Row>
          ) : null
        }
      />
      <PaymentPlanEditor
        open={editing}
        contract={record}
        instalments={rows}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          message.success(t('payments.plan.saved'));
          onChanged();
        }}
      />
    </Flex>
  );
}
