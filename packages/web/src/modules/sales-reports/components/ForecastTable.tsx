import { formatCny, isLocale } from '@lodestar/shared';
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ForecastSums } from '../api/sales-reports.api.ts';

type Row = ForecastSums & { key: string; name: string; secondary?: string | undefined };

/** Per owner or per department: closed won, weighted, best case and commit, with the totals below. */
export function ForecastTable({
  rows,
  totals,
  nameTitle,
}: {
  rows: Row[];
  totals: ForecastSums;
  nameTitle: string;
}) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'zh-CN';
  const money = (amount: string) => formatCny(amount, { locale });
  const amountColumn = (key: 'closedWon' | 'weighted' | 'bestCase' | 'commit') => ({
    title: t(`salesReports.forecast.${key}`),
    dataIndex: key,
    align: 'right' as const,
    render: money,
    sorter: (a: Row, b: Row) => Number(a[key]) - Number(b[key]),
  });
  return (
    <Table<Row>
      rowKey="key"
      size="middle"
      dataSource={rows}
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: 760 }}
      columns={[
        {
          title: nameTitle,
          dataIndex: 'name',
          render: (name: string, row) => (
            <span>
              {name}
              {row.secondary && <Typography.Text type="secondary"> · {row.secondary}</Typography.Text>}
            </span>
          ),
        },
        amountColumn('closedWon'),
        amountColumn('weighted'),
        amountColumn('bestCase'),
        amountColumn('commit'),
        { title: t('salesReports.forecast.openCount'), dataIndex: 'openCount', align: 'right' },
      ]}
      summary={() => (
        <Table.Summary.Row className="forecast-total-row">
          <Table.Summary.Cell index={0}>
            <strong>{t('salesReports.forecast.total')}</strong>
          </Table.Summary.Cell>
          {(['closedWon', 'weighted', 'bestCase', 'commit'] as const).map((key, index) => (
            <Table.Summary.Cell key={key} index={index + 1} align="right">
              <strong>{money(totals[key])}</strong>
            </Table.Summary.Cell>
          ))}
          <Table.Summary.Cell index={5} align="right">
            <strong>{totals.openCount}</strong>
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}
