import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PaymentStatus } from '../api/payments.api.ts';

const COLORS: Record<PaymentStatus, string> = {
  unpaid: 'default',
  partial: 'gold',
  paid: 'green',
  overdue: 'red',
};

/** 未回款 / 部分回款 / 已回款 / 逾期 as a coloured tag. */
export function PaymentStatusTag({ status }: { status: PaymentStatus | null | undefined }) {
  const { t } = useTranslation();
  const value = status ?? 'unpaid';
  return (
    <Tag color={COLORS[value]} data-payment-status={value}>
      {t(`payments.status.${value}`)}
    </Tag>
  );
}
