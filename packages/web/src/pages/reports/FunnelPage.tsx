import { isLocale } from '@lodestar/shared';
import { Card, Col, Empty, Flex, Row, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportFilter } from '../../modules/sales-reports/api/sales-reports.api.ts';
import { EChart } from '../../modules/sales-reports/components/EChart.tsx';
import { FunnelSummary } from '../../modules/sales-reports/components/FunnelSummary.tsx';
import { FunnelTable } from '../../modules/sales-reports/components/FunnelTable.tsx';
import { ReportFilters } from '../../modules/sales-reports/components/ReportFilters.tsx';
import { useFunnel } from '../../modules/sales-reports/hooks/useFunnel.ts';
import { funnelChartOption } from '../../modules/sales-reports/utils/funnel-chart-option.ts';
import { type PeriodPreset, presetPeriod } from '../../modules/sales-reports/utils/period-presets.ts';
import '../../modules/sales-reports/components/sales-reports.css';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { PageSpin } from '../../ui/PageSpin.tsx';
import { QueryError } from '../../ui/QueryError.tsx';

const DEFAULT_PRESET = 'last12Months';

/**
 * `/reports/funnel`: a pipeline's funnel — opportunities per stage now, and over the period the conversion
 * and days in each stage from the stage history, the bottleneck stage highlighted — for the viewer's scope.
 */
export function FunnelPage() {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'zh-CN';
  const [preset, setPreset] = useState<PeriodPreset>(DEFAULT_PRESET);
  const [filter, setFilter] = useState<ReportFilter>(() => {
    const period = presetPeriod(DEFAULT_PRESET);
    return { from: period?.from, to: period?.to };
  });
  const funnel = useFunnel(filter);
  const option = useMemo(
    () =>
      funnel.data &&
      funnelChartOption(funnel.data, locale, {
        band: (stage) => t('salesReports.funnel.band', { stage: stage.name, count: stage.entered }),
        tooltip: (stage, amount) => [
          t('salesReports.funnel.tooltipEntered', { count: stage.entered }),
          t('salesReports.funnel.tooltipNow', { count: stage.count, amount }),
          ...(stage.conversion === null
            ? []
            : [t('salesReports.funnel.tooltipConversion', { value: stage.conversion })]),
        ],
      }),
    [funnel.data, locale, t],
  );
  const empty = funnel.data?.stages.every((stage) => stage.count === 0 && stage.entered === 0);
  return (
    <>
      <PageHeader title={t('salesReports.funnel.title')} description={t('salesReports.funnel.description')} />
      <Flex vertical gap={16}>
        <Card size="small">
          <ReportFilters
            value={filter}
            onChange={setFilter}
            preset={preset}
            onPresetChange={setPreset}
            pipelineRequired
            allowAllTime
          />
        </Card>
        {funnel.isError ? (
          <QueryError error={funnel.error} onRetry={() => void funnel.refetch()} />
        ) : !funnel.data || !option ? (
          <PageSpin />
        ) : (
          <>
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={11}>
                <Card
                  size="small"
                  title={t('salesReports.funnel.chartTitle', { pipeline: funnel.data.pipeline.name })}
                  extra={
                    <Typography.Text type="secondary">
                      {funnel.data.period
                        ? t('salesReports.periodRange', funnel.data.period)
                        : t('salesReports.periods.allTime')}
                    </Typography.Text>
                  }
                >
                  {empty ? (
                    <Empty description={t('salesReports.funnel.empty')} />
                  ) : (
                    <EChart option={option} height={320} label={t('salesReports.funnel.chartLabel')} />
                  )}
                </Card>
              </Col>
              <Col xs={24} xl={13}>
                <FunnelSummary funnel={funnel.data} />
              </Col>
            </Row>
            <Card size="small" title={t('salesReports.funnel.tableTitle')}>
              <FunnelTable stages={funnel.data.stages} />
              <Typography.Paragraph type="secondary" className="report-note">
                {t('salesReports.funnel.note')}
              </Typography.Paragraph>
            </Card>
          </>
        )}
      </Flex>
    </>
  );
}
