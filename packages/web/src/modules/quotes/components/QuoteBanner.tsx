import { formatCny, isLocale } from '@lodestar/shared';
import { Alert, Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDate } from '../../../ui/format.ts';
import { useRecord } from '../../records/hooks/useRecord.ts';
import type { RecordExtensionProps } from '../../records/utils/object-extension.ts';
import type { QuoteWorkflow } from '../api/quotes.api.ts';
import { useQuoteWorkflow } from '../hooks/useQuoteWorkflow.ts';
import { quoteStatusOf } from '../utils/quote-status.ts';
import { QuoteStatusTag } from './QuoteStatusTag.tsx';
import './quotes.css';

/**
 * Above the quote's tabs: status, revision, total and validity at a glance, and one sentence on what
 * happens next (approval needed, waiting for the approver, ready to send, waiting for the customer…).
 */
export function QuoteBanner({ record }: RecordExtensionProps) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'zh-CN';
  const workflow = useQuoteWorkflow(record);
  const status = quoteStatusOf(record);
  const day = (value: unknown) =>
    typeof value === 'string' ? formatDate(`${value}T00:00:00+08:00`, locale) : '—';
  const next = workflow.data ? nextStep(workflow.data) : null;
  return (
    <Card size="small" className="quote-banner" style={{ marginBottom: 16 }}>
      <Row gutter={[24, 12]} align="middle">
        <Col xs={12} md={4}>
          <Statistic
            title={t('quotes.banner.status')}
            valueRender={() => (
              <span className="quote-banner__status">
                <QuoteStatusTag status={status} />
                <span>{t('quotes.revision', { revision: Number(record.revision ?? 1) })}</span>
              </span>
            )}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title={t('quotes.banner.account')}
            valueRender={() =>
              typeof record.account === 'number' ? <AccountLink id={record.account} /> : '—'
            }
          />
        </Col>
        <Col xs={12} md={5}>
          <Statistic
            title={t('quotes.banner.total')}
            valueRender={() =>
              typeof record.total === 'string'
                ? formatCny(record.total, { locale })
                : formatCny('0', { locale })
            }
          />
        </Col>
        <Col xs={12} md={4}>
          <Statistic title={t('quotes.banner.validUntil')} valueRender={() => day(record.validUntil)} />
        </Col>
        <Col xs={24} md={5}>
          <Statistic
            title={t('quotes.banner.maxDiscount')}
            valueRender={() =>
              workflow.data
                ? t('quotes.banner.discountOfThreshold', {
                    max: workflow.data.maxDiscount,
                    threshold: workflow.data.threshold,
                  })
                : '—'
            }
          />
        </Col>
      </Row>
      {next && (
        <Alert
          style={{ marginTop: 12 }}
          type={next.type}
          showIcon
          title={t(next.key, {
            max: workflow.data?.maxDiscount,
            threshold: workflow.data?.threshold,
            validUntil: day(record.validUntil),
          })}
          data-testid="quote-next-step"
        />
      )}
    </Card>
  );
}

/** The quote's customer by name, linked to its page. */
function AccountLink({ id }: { id: number }) {
  const account = useRecord('account', id);
  return (
    <Link to={`/o/account/${id}`} className="quote-banner__account">
      {String(account.data?.name ?? `#${id}`)}
    </Link>
  );
}

type NextStep = {
  type: 'info' | 'success' | 'warning';
  key:
    | 'quotes.next.addLines'
    | 'quotes.next.submit'
    | 'quotes.next.send'
    | 'quotes.next.waitApproval'
    | 'quotes.next.decide'
    | 'quotes.next.approved'
    | 'quotes.next.sent'
    | 'quotes.next.accepted'
    | 'quotes.next.rejected'
    | 'quotes.next.expired';
};

/** The sentence that tells the viewer what happens next, from the workflow the server reports. */
function nextStep(workflow: QuoteWorkflow): NextStep | null {
  const may = new Set(workflow.actions);
  switch (workflow.status) {
    case 'draft':
      if (workflow.approvalRequired) return { type: 'warning', key: 'quotes.next.submit' };
      if (may.has('send')) return { type: 'info', key: 'quotes.next.send' };
      return { type: 'info', key: 'quotes.next.addLines' };
    case 'pendingApproval':
      return may.has('approve')
        ? { type: 'warning', key: 'quotes.next.decide' }
        : { type: 'info', key: 'quotes.next.waitApproval' };
    case 'approved':
      return { type: 'success', key: 'quotes.next.approved' };
    case 'sent':
      return { type: 'info', key: 'quotes.next.sent' };
    case 'accepted':
      return { type: 'success', key: 'quotes.next.accepted' };
    case 'rejected':
      return { type: 'info', key: 'quotes.next.rejected' };
    case 'expired':
      return { type: 'warning', key: 'quotes.next.expired' };
  }
}
