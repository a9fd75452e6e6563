import { formatCny, isLocale } from '@lodestar/shared';
import { Card, Col, Row, Skeleton, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../ui/format.ts';
import { QueryError } from '../../../ui/QueryError.tsx';
import { useAccountOverview } from '../hooks/useAccountOverview.ts';

/** The account's figures at a glance: open pipeline, contracts, received and receivable, service load. */
export function KeyFigures({ accountId }: { accountId: number }) {
  const { t, i18n } = useTranslation();
  const overview = useAccountOverview(accountId);
  if (overview.isError) return <QueryError error={overview.error} onRetry={() => void overview.refetch()} />;
  if (!overview.data) return <Skeleton active paragraph={{ rows: 2 }} />;
  const locale = isLocale(i18n.language) ? i18n.language : 'zh-CN';
  const money = (amount: string | undefined) =>
    amount === undefined ? '—' : formatCny(amount, { locale, compact: true });
  const { openOpportunities, contracts, openTickets, lastFollowUpAt, wonOpportunities } = overview.data;
  const figures = [
    {
      key: 'open',
      title: t('accountOverview.figures.openOpportunities'),
      value: money(openOpportunities?.amount),
      note: t('accountOverview.figures.count', { count: openOpportunities?.count ?? 0 }),
    },
    {
      key: 'contracts',
      title: t('accountOverview.figures.contractAmount'),
      value: money(contracts?.amount),
      note: t('accountOverview.figures.count', { count: contracts?.count ?? 0 }),
    },
    {
      key: 'received',
      title: t('accountOverview.figures.received'),
      value: money(contracts?.received),
      note: t('accountOverview.figures.won', { amount: money(wonOpportunities?.amount) }),
    },
    {
      key: 'receivable',
      title: t('accountOverview.figures.receivable'),
      value: money(contracts?.receivable),
      note: t('accountOverview.figures.openTickets', { count: openTickets?.count ?? 0 }),
      danger: contracts !== null && contracts.receivable !== '0.00',
    },
  ];
  return (
    <Card size="small" className="account-figures">
      <Row gutter={[16, 16]}>
        {figures.map((figure) => (
          <Col key={figure.key} xs={12} lg={6}>
            <Statistic
              title={figure.title}
              value={figure.value}
              valueStyle={figure.danger ? { color: '#cf1322' } : undefined}
            />
            <Typography.Text type="secondary" className="account-figures__note">
              {figure.note}
            </Typography.Text>
          </Col>
        ))}
      </Row>
      <Typography.Text type="secondary" className="account-figures__footer">
        {lastFollowUpAt
          ? t('accountOverview.lastFollowUp', { date: formatDate(lastFollowUpAt, i18n.language) })
          : t('accountOverview.noFollowUpYet')}
      </Typography.Text>
    </Card>
  );
}
