import { formatCny, isLocale } from '@lodestar/shared';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { QuoteRevisionLine } from '../api/quotes.api.ts';
import { useQuoteRevision } from '../hooks/useQuoteRevision.ts';

/** The lines of a sent revision exactly as the customer received them. */
export function QuoteRevisionLines({ quoteId, revision }: { quoteId: number; revision: number }) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'zh-CN';
  const detail = useQuoteRevision(quoteId, revision);
  const money = (value: string) => formatCny(value, { locale });
  return (
    <Table<QuoteRevisionLine>
      rowKey={(_, index) => String(index)}
      size="small"
      pagination={false}
      loading={detail.isLoading}
      dataSource={detail.data?.snapshot.lines ?? []}
      columns={[
        { title: t('lineItems.columns.name'), dataIndex: 'name' },
        { title: t('lineItems.columns.unit'), dataIndex: 'unit', width: 80 },
        { title: t('lineItems.columns.quantity'), dataIndex: 'quantity', width: 90, align: 'right' },
        {
          title: t('lineItems.columns.unitPrice'),
          dataIndex: 'unitPrice',
          width: 140,
          align: 'right',
          render: money,
        },
        {
          title: t('lineItems.columns.discountPercent'),
          dataIndex: 'discountPercent',
          width: 90,
          align: 'right',
          render: (value: string) => `${value}%`,
        },
        {
          title: t('lineItems.columns.taxPercent'),
          dataIndex: 'taxPercent',
          width: 90,
          align: 'right',
          render: (value: string) => `${value}%`,
        },
        {
          title: t('lineItems.columns.totalAmount'),
          dataIndex: 'totalAmount',
          width: 140,
          align: 'right',
          render: money,
        },
      ]}
    />
  );
}
