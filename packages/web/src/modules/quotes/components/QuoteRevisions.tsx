import { useQuery } from '@tanstack/react-query';
import { App, Button, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCny, formatDateTime } from '../../../ui/format.ts';
import { errorMessage } from '../../../ui/server-errors.ts';
import type { RecordExtensionProps } from '../../records/utils/object-extension.ts';
import { type QuoteRevision, quotesApi } from '../api/quotes.api.ts';

/** The revisions a quote was sent in, each with its frozen PDF. */
export function QuoteRevisions({ record }: RecordExtensionProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const revisions = useQuery({
    queryKey: ['quote-revisions', record.id],
    queryFn: () => quotesApi.revisions(record.id),
  });
  return (
    <Table<QuoteRevision>
      rowKey="revision"
      size="small"
      loading={revisions.isLoading}
      pagination={false}
      dataSource={revisions.data?.items ?? []}
      locale={{ emptyText: t('quotes.noRevisions') }}
      columns={[
        {
          title: t('quotes.columns.revision'),
          dataIndex: 'revision',
          render: (value: number) => `v${value}`,
        },
        {
          title: t('quotes.columns.total'),
          dataIndex: 'total',
          render: (value: string) => formatCny(value, i18n.language),
        },
        {
          title: t('quotes.columns.sentAt'),
          dataIndex: 'sentAt',
          render: (value: string) => formatDateTime(value, i18n.language),
        },
        {
          title: t('quotes.columns.sentBy'),
          dataIndex: 'sentBy',
          render: (value: QuoteRevision['sentBy']) => value?.name ?? '—',
        },
        {
          key: 'pdf',
          render: (_, row) => (
            <Button
              size="small"
              onClick={() =>
                void quotesApi
                  .downloadPdf(record.id, row.revision)
                  .catch((e) => message.error(errorMessage(e)))
              }
            >
              PDF
            </Button>
          ),
        },
      ]}
    />
  );
}
