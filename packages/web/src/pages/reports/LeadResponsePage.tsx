import { Card, Col, DatePicker, Flex, Row, Segmented, Statistic, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseFigures, ResponseGrouping } from '../../modules/lead-response/api/lead-response.api.ts';
import { useLeadResponseReport } from '../../modules/lead-response/hooks/useLeadResponseReport.ts';
import { responseChartOption } from '../../modules/lead-response/utils/response-chart-option.ts';
import { EChart } from '../../modules/sales-reports/components/EChart.tsx';
import { formatDuration } from '../../ui/format.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { PageSpin } from '../../ui/PageSpin.tsx';
import { QueryError } from '../../ui/QueryError.tsx';

const GROUPINGS: ResponseGrouping[] = ['owner', 'department', 'source', 'week'];

/** `/reports/lead-response`: how fast new leads get their first follow-up, against the target. */
export function LeadResponsePage() {
  const { t } = useTranslation();
  const [groupBy, setGroupBy] = useState<ResponseGrouping>('owner');
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const report = useLeadResponseReport({
    groupBy,
    from: range?.[0]?.format('YYYY-MM-DD'),
    to: range?.[1]?.format('YYYY-MM-DD'),
  });
  const data = report.data;
  const duration = (minutes: number | null) => formatDuration(minutes, t);
  const share = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);
  const option = useMemo(
    () =>
      data
        ? responseChartOption(
            data.groups,
            { share: t('leadResponse.withinShare'), median: t('leadResponse.median') },
            (minutes) => formatDuration(minutes, t),
          )
        : null,
    [data, t],
  );
  return (
    <>
      <PageHeader title={t('leadResponse.report.title')} description={t('leadResponse.report.description')} />
      <Flex vertical gap={16}>
        <Card size="small">
          <Flex gap={12} wrap align="center">
            <Segmented<ResponseGrouping>
              value={groupBy}
              onChange={setGroupBy}
              options={GROUPINGS.map((value) => ({ value, label: t(`leadResponse.groupBy.${value}`) }))}
            />
            <DatePicker.RangePicker
              value={range}
              onChange={(value) => setRange(value)}
              allowEmpty={[true, true]}
              placeholder={[t('leadResponse.report.from'), t('leadResponse.report.to')]}
            />
          </Flex>
        </Card>
        {report.isPending ? (
          <PageSpin />
        ) : report.isError ? (
          <QueryError error={report.error} onRetry={() => void report.refetch()} />
        ) : (
          <>
            <Row gutter={[16, 16]}>
              <Col xs={12} lg={6}>
                <Card size="small">
                  <Statistic title={t('leadResponse.target')} value={duration(data!.targetMinutes)} />
                </Card>
              </Col>
              <Col xs={12} lg={6}>
                <Card size="small">
                  <Statistic
                    title={t('leadResponse.withinShare')}
                    value={share(data!.total.withinTargetShare)}
                  />
                </Card>
              </Col>
              <Col xs={12} lg={6}>
                <Card size="small">
                  <Statistic title={t('leadResponse.median')} value={duration(data!.total.medianMinutes)} />
                </Card>
              </Col>
              <Col xs={12} lg={6}>
                <Card size="small">
                  <Statistic title={t('leadResponse.p90')} value={duration(data!.total.p90Minutes)} />
                </Card>
              </Col>
            </Row>
            {option && data!.groups.length > 0 && (
              <Card size="small">
                <EChart option={option} height={320} label={t('leadResponse.report.title')} />
              </Card>
            )}
            <Card size="small">
              <Table<ResponseFigures & { key: string; label: string }>
                rowKey="key"
                size="middle"
                pagination={false}
                dataSource={data!.groups}
                locale={{ emptyText: t('leadResponse.report.empty') }}
                columns={[
                  { key: 'label', title: t(`leadResponse.groupBy.${groupBy}`), dataIndex: 'label' },
                  { key: 'leads', title: t('leadResponse.leads'), dataIndex: 'leads', align: 'right' },
                  {
                    key: 'answered',
                    title: t('leadResponse.answered'),
                    dataIndex: 'answered',
                    align: 'right',
                  },
                  {
                    key: 'within',
                    title: t('leadResponse.withinTarget'),
                    dataIndex: 'withinTarget',
                    align: 'right',
                  },
                  {
                    key: 'breached',
                    title: t('leadResponse.breached'),
                    dataIndex: 'breached',
                    align: 'right',
                  },
                  {
                    key: 'share',
                    title: t('leadResponse.withinShare'),
                    align: 'right',
                    render: (_, row) => share(row.withinTargetShare),
                  },
                  {
                    key: 'median',
                    title: t('leadResponse.median'),
                    align: 'right',
                    render: (_, row) => duration(row.medianMinutes),
                  },
                  {
                    key: 'p90',
                    title: t('leadResponse.p90'),
                    align: 'right',
                    render: (_, row) => duration(row.p90Minutes),
                  },
                ]}
              />
            </Card>
          </>
        )}
      </Flex>
    </>
  );
}
