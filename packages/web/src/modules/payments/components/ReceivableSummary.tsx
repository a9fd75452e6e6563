import { Decimal, formatCny, isLocale } from '@lodestar/shared';
import { Card, Col, Progress, Row, Statistic } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordData } from '../../records/api/records.api.ts';
import type { PaymentStatus } from '../api/payments.api.ts';
import { PaymentStatusTag } from './PaymentStatusTag.tsx';

const amountOf = (value: unknown) =>
  typeof value === 'string' && value !== '' ? Decimal.parse(value) : Decimal.ZERO;

/**
 * The contract's money at a glance: amount, received, receivable (amount − received) and payment status;
 * `leading` comes first on the same line (the contract's status).
 */
export function ReceivableSummary({ contract, leading }: { contract: RecordData; leading?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'zh-CN';
  const amount = amountOf(contract.amount);
  const received = amountOf(contract.receivedAmount);
  const receivable = amountOf(contract.receivableAmount);
  const percent = amount.greaterThan(0)
    ? Number(received.times(100).dividedBy(amount, 1, 'down').toString())
    : 0;
  const money = (value: Decimal) => formatCny(value.toFixed(2), { locale });
  return (
    <Card size="small" className="receivable-summary">
      <Row gutter={[24, 12]} align="middle">
        {leading && (
          <Col xs={12} md={3}>
            {leading}
          </Col>
        )}
        <Col xs={12} md={4}>
          <Statistic title={t('payments.summary.amount')} value={money(amount)} />
        </Col>
        <Col xs={12} md={4}>
          <Statistic
            title={t('payments.summary.received')}
            value={money(received)}
            styles={received.greaterThan(0) ? { content: { color: '#389e0d' } } : undefined}
          />
        </Col>
        <Col xs={12} md={4}>
          <Statistic
            title={t('payments.summary.receivable')}
            value={money(receivable)}
            styles={receivable.greaterThan(0) ? { content: { color: '#d46b08' } } : undefined}
            className="receivable-summary__receivable"
          />
        </Col>
        <Col xs={12} md={4}>
          <Statistic
            title={t('payments.summary.status')}
            valueRender={() => <PaymentStatusTag status={contract.paymentStatus as PaymentStatus | null} />}
          />
        </Col>
        <Col xs={24} md={5}>
          <Progress
            percent={Math.min(100, percent)}
            status={contract.paymentStatus === 'overdue' ? 'exception' : undefined}
            aria-label={t('payments.summary.progress')}
          />
        </Col>
      </Row>
    </Card>
  );
}
