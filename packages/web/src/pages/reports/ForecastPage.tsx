import { formatCny, isLocale } from '@lodestar/shared';
import { Card, Col, Flex, Row, Segmented, Statistic, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportFilter } from '../../modules/sales-reports/api/sales-reports.api.ts';
import { EChart } from '../../modules/sales-reports/components/EChart.tsx';
import { ForecastTable } from '../../modules/sales-reports/components/ForecastTable.tsx';
import { ReportFilters } from '../../modules/sales-reports/components/ReportFilters.tsx';
import { useForecast } from '../../modules/sales-reports/hooks/useForecast.ts';
import { forecastChartOption } from '../../modules/sales-reports/utils/forecast-chart-option.ts';
import { type PeriodPreset, presetPeriod } from '../../modules/sales-reports/utils/period-presets.ts';
import '../../modules/sales-reports/components/sales-reports.css';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { PageSpin } from '../../ui/PageSpin.tsx';
import { QueryError } from '../../ui/QueryError.tsx';

const DEFAULT_PRESET = 'next12Months';

/**
 * `/reports/forecast`: the weighted forecast by expected close month or quarter — closed won, weighted
 * (amount × win probability) and best case — and per owner and department, for the viewer's scope.
 */
export function ForecastPage() {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'zh-CN';
  const [preset, setPreset] = useState<PeriodPreset>(DEFAULT_PRESET);
  const [filter, setFilter] = useState<ReportFilter>(() => {
    const period = presetPeriod(DEFAULT_PRESET);
    return { from: period?.from, to: period?.to };
  });
  const [by, setBy] = useState<'month' | 'quarter'>('month');
  const forecast = useForecast(filter);
  const data = forecast.data;
  const option = useMemo(() => {
    if (!data) return null;
    const periods =
      by === 'month'
        ? data.months.map((row) => ({ ...row, label: row.month }))
        : data.quarters.map((row) => ({ ...row, label: row.quarter }));
    return forecastChartOption(
      periods,
      {
        closedWon: t('salesReports.forecast.closedWon'),
        weighted: t('salesReports.forecast.weighted'),
        upside: t('salesReports.forecast.upside'),
        bestCase: t('salesReports.forecast.bestCase'),
      },
      locale,
    );
  }, [data, by, locale, t]);
  const money = (amount: string) => formatCny(amount, { locale, compact: true });
  return (
    <>
      <PageHeader
        title={t('salesReports.forecast.title')}
        description={t('salesReports.forecast.description')}
      />
      <Flex vertical gap={16}>
        <Card size="small">
          <ReportFilters
            value={filter}
            onChange={setFilter}
            preset={preset}
            onPresetChange={setPreset}
            pipelineRequired={false}
            allowAllTime={false}
          />
        </Card>
        {forecast.isError ? (
          <QueryError error={forecast.error} onRetry={() => void forecast.refetch()} />
        ) : !data || !option ? (
          <PageSpin />
        ) : (
          <>
            <Row gutter={[12, 12]} className="forecast-totals">
              {(['closedWon', 'weighted', 'bestCase', 'commit'] as const).map((key) => (
                <Col xs={12} md={6} key={key}>
                  <Card size="small">
                    <Statistic title={t(`salesReports.forecast.${key}`)} value={money(data.totals[key])} />
                    <Typography.Text type="secondary" className="report-note">
                      {formatCny(data.totals[key], { locale })}
                    </Typography.Text>
                  </Card>
                </Col>
              ))}
            </Row>
            <Card
              size="small"
              title={t('salesReports.periodRange', data.period)}
              extra={
                <Segmented
                  value={by}
                  onChange={(value) => setBy(value as 'month' | 'quarter')}
                  options={[
                    { value: 'month', label: t('salesReports.forecast.byMonth') },
                    { value: 'quarter', label: t('salesReports.forecast.byQuarter') },
                  ]}
                />
              }
            >
              <EChart option={option} height={340} label={t('salesReports.forecast.chartLabel')} />
            </Card>
            <Card size="small">
              <Tabs
                items={[
                  {
                    key: 'owners',
                    label: t('salesReports.forecast.byOwner'),
                    children: (
                      <ForecastTable
                        nameTitle={t('salesReports.forecast.owner')}
                        totals={data.totals}
                        rows={data.owners.map((row) => ({
                          ...row,
                          key: String(row.owner?.id ?? 'none'),
                          name: row.owner?.name ?? t('salesReports.forecast.noOwner'),
                          secondary: row.department?.name,
                        }))}
                      />
                    ),
                  },
                  {
                    key: 'departments',
                    label: t('salesReports.forecast.byDepartment'),
                    children: (
                      <ForecastTable
                        nameTitle={t('salesReports.forecast.department')}
                        totals={data.totals}
                        rows={data.departments.map((row) => ({
                          ...row,
                          key: String(row.department?.id ?? 'none'),
                          name: row.department?.name ?? t('salesReports.forecast.noDepartment'),
                        }))}
                      />
                    ),
                  },
                ]}
              />
              <Typography.Paragraph type="secondary" className="report-note">
                {t('salesReports.forecast.note')}
              </Typography.Paragraph>
            </Card>
          </>
        )}
      </Flex>
    </>
  );
}
