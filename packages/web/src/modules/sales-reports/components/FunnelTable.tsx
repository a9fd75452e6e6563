import { WarningOutlined } from '@ant-design/icons';
import { formatCny, isLocale } from '@lodestar/shared';
import { Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FunnelStage } from '../api/sales-reports.api.ts';

/** Per stage: count and amount, moves, conversion against its target, days against the expected ones. */
export function FunnelTable({ stages }: { stages: FunnelStage[] }) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'zh-CN';
  const dash = <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Table<FunnelStage>
      rowKey="id"
      size="middle"
      pagination={false}
      dataSource={stages}
      rowClassName={(stage) => (stage.bottleneck ? 'funnel-row--bottleneck' : '')}
      scroll={{ x: 880 }}
      columns={[
        {
          title: t('salesReports.funnel.stage'),
          dataIndex: 'name',
          render: (name: string, stage) => (
            <span>
              {name}{' '}
              {stage.kind !== 'open' && (
                <Tag color={stage.kind === 'won' ? 'success' : 'default'}>
                  {t(`pipelines.kinds.${stage.kind}`)}
                </Tag>
              )}
              {stage.bottleneck && (
                <Tag color="error" icon={<WarningOutlined />}>
                  {t('salesReports.funnel.bottleneck')}
                </Tag>
              )}
            </span>
          ),
        },
        {
          title: (
            <Tooltip title={t('salesReports.funnel.countHelp')}>
              <span>{t('salesReports.funnel.count')}</span>
            </Tooltip>
          ),
          dataIndex: 'count',
          align: 'right',
        },
        {
          title: t('salesReports.funnel.amount'),
          dataIndex: 'amount',
          align: 'right',
          render: (amount: string) => (
            <span title={formatCny(amount, { locale })}>{formatCny(amount, { locale, compact: true })}</span>
          ),
        },
        { title: t('salesReports.funnel.entered'), dataIndex: 'entered', align: 'right' },
        {
          title: (
            <Tooltip title={t('salesReports.funnel.conversionHelp')}>
              <span>{t('salesReports.funnel.conversion')}</span>
            </Tooltip>
          ),
          key: 'conversion',
          align: 'right',
          render: (_, stage) =>
            stage.kind !== 'open' ? (
              dash
            ) : (
              <span>
                <Typography.Text
                  type={stage.deviationReason === 'conversion' && stage.bottleneck ? 'danger' : undefined}
                >
                  {stage.conversion === null ? '—' : `${stage.conversion}%`}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {' '}
                  / {stage.targetConversion === null ? '—' : `${stage.targetConversion}%`}
                </Typography.Text>
                <div className="funnel-moves">
                  {t('salesReports.funnel.moves', { advanced: stage.advanced, lost: stage.lost })}
                </div>
              </span>
            ),
        },
        {
          title: (
            <Tooltip title={t('salesReports.funnel.daysHelp')}>
              <span>{t('salesReports.funnel.averageDays')}</span>
            </Tooltip>
          ),
          key: 'days',
          align: 'right',
          render: (_, stage) =>
            stage.kind !== 'open' ? (
              dash
            ) : (
              <span>
                <Typography.Text
                  type={stage.deviationReason === 'duration' && stage.bottleneck ? 'danger' : undefined}
                >
                  {stage.averageDays === null
                    ? '—'
                    : t('salesReports.funnel.days', { days: stage.averageDays })}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {' '}
                  / {stage.expectedDaysMin ?? '—'}–{stage.expectedDaysMax ?? '—'}
                </Typography.Text>
              </span>
            ),
        },
        {
          title: t('salesReports.funnel.deviation'),
          key: 'deviation',
          align: 'right',
          render: (_, stage) =>
            stage.deviation === null ? (
              dash
            ) : (
              <Typography.Text type={stage.deviation > 0 ? 'danger' : 'success'}>
                {stage.deviation > 0 ? '+' : ''}
                {Math.round(stage.deviation * 100)}% ·{' '}
                {t(`salesReports.funnel.reasons.${stage.deviationReason ?? 'conversion'}`)}
              </Typography.Text>
            ),
        },
      ]}
    />
  );
}
