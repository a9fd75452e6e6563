import { MoneyCollectOutlined } from '@ant-design/icons';
import { Decimal, formatCny, isLocale } from '@lodestar/shared';
import { App, Button, Flex, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDate } from '../../../ui/format.ts';
import { QueryError } from '../../../ui/QueryError.tsx';
import type { RecordData } from '../../records/api/records.api.ts';
import { choicesOf } from '../../records/components/FieldValue.tsx';
import { useFieldLabel } from '../../records/hooks/useFieldLabel.ts';
import { useObjectDefinition } from '../../records/hooks/useObjectDefinition.ts';
import type { RecordExtensionProps } from '../../records/utils/object-extension.ts';
import { useCan } from '../../session/hooks/useCan.ts';
import { useContractInstalments } from '../hooks/useContractInstalments.ts';
import { useContractPayments } from '../hooks/useContractPayments.ts';
import { RecordPaymentDialog } from './RecordPaymentDialog.tsx';

/** The payments received against the contract, and "record payment" while it is approved or signed. */
export function PaymentsTab({ record, onChanged }: RecordExtensionProps) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'zh-CN';
  const label = useFieldLabel();
  const { message } = App.useApp();
  const can = useCan();
  const payments = useContractPayments(record.id);
  const instalments = useContractInstalments(record.id);
  const methodField = useObjectDefinition('payment').object?.fields.find(
    (field) => field.apiName === 'method',
  );
  const [recording, setRecording] = useState(false);
  const collecting = ['approved', 'signed'].includes(String(record.status));
  const names = new Map((instalments.data?.data ?? []).map((line) => [line.id, String(line.name)]));
  const rows = payments.data?.data ?? [];

  if (payments.isError) return <QueryError error={payments.error} onRetry={() => void payments.refetch()} />;
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">
          {collecting ? t('payments.list.collectingHint') : t('payments.list.closedHint')}
        </Typography.Text>
        {collecting && can('payment', 'create') && (
          <Button
            type="primary"
            icon={<MoneyCollectOutlined />}
            onClick={() => setRecording(true)}
            data-action="record-payment"
          >
            {t('payments.record.button')}
          </Button>
        )}
      </Flex>
      <Table<RecordData>
        size="small"
        rowKey="id"
        loading={payments.isLoading}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('payments.list.empty') }}
        columns={[
          {
            title: t('payments.list.number'),
            dataIndex: 'number',
            render: (value: string, row) => <Link to={`/o/payment/${row.id}`}>{value ?? `#${row.id}`}</Link>,
          },
          {
            title: t('payments.list.receivedOn'),
            dataIndex: 'receivedOn',
            render: (value: string) => formatDate(`${value}T00:00:00+08:00`, locale),
          },
          {
            title: t('payments.list.amount'),
            dataIndex: 'amount',
            align: 'right',
            render: (value: string) => formatCny(Decimal.parse(value).toFixed(2), { locale }),
          },
          {
            title: t('payments.list.instalment'),
            dataIndex: 'paymentPlan',
            render: (value: number | null) => (value ? (names.get(value) ?? `#${value}`) : '—'),
          },
          {
            title: t('payments.list.method'),
            dataIndex: 'method',
            render: (value: string | null) => {
              const choice = methodField && choicesOf(methodField).find((entry) => entry.value === value);
              return choice ? label(choice.label) : (value ?? '—');
            },
          },
          {
            title: t('payments.list.reference'),
            dataIndex: 'reference',
            render: (value: string | null) => value ?? '—',
          },
        ]}
      />
      <RecordPaymentDialog
        open={recording}
        contract={record}
        onClose={() => setRecording(false)}
        onRecorded={(payment) => {
          setRecording(false);
          message.success(t('payments.record.done', { number: payment.number }));
          onChanged();
        }}
      />
    </Flex>
  );
}
