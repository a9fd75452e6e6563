import { formatCny, isLocale } from '@lodestar/shared';
import { Alert, Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Funnel } from '../api/sales-reports.api.ts';

/** The funnel's headline figures and, when there is one, what makes the bottleneck stage one. */
export function FunnelSummary({ funnel }: { funnel: Funnel }) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'zh-CN';
  const { totals } = funnel;
  const money = (amount: string) => formatCny(amount, { locale, compact: true });
  const stage = funnel.stages.find((s) => s.id === funnel.bottleneck?.stageId);
  return (
    <>
      <Row gutter={[12, 12]}>
        <Col xs={12}>
          <Card size="small">
            <Statistic
              title={t('salesReports.funnel.open')}
              value={totals.openCount}
              suffix={<small>{money(totals.openAmount)}</small>}
            />
          </Card>
        </Col>
        <Col xs={12}>
          <Card size="small">
            <Statistic
              title={t('salesReports.funnel.won')}
              value={totals.wonCount}
              suffix={<small>{money(totals.wonAmount)}</small>}
            />
          </Card>
        </Col>
        <Col xs={12}>
          <Card size="small">
            <Statistic
              title={t('salesReports.funnel.lostTotal')}
              value={totals.lostCount}
              suffix={<small>{money(totals.lostAmount)}</small>}
            />
          </Card>
        </Col>
        <Col xs={12}>
          <Card size="small">
            <Statistic
              title={t('salesReports.funnel.winRate')}
              value={totals.winRate ?? '—'}
              suffix={totals.winRate === null ? undefined : '%'}
            />
          </Card>
        </Col>
      </Row>
      {stage && funnel.bottleneck && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 12 }}
          title={t('salesReports.funnel.bottleneckTitle', { stage: stage.name })}
          description={
            funnel.bottleneck.reason === 'duration'
              ? t('salesReports.funnel.bottleneckDuration', {
                  days: stage.averageDays,
                  max: stage.expectedDaysMax,
                  percent: Math.round(funnel.bottleneck.deviation * 100),
                })
              : t('salesReports.funnel.bottleneckConversion', {
                  conversion: stage.conversion,
                  target: stage.targetConversion,
                  percent: Math.round(funnel.bottleneck.deviation * 100),
                })
          }
        />
      )}
    </>
  );
}
