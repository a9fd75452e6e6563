import { FilePdfOutlined } from '@ant-design/icons';
import { formatCny, isLocale } from '@lodestar/shared';
import { App, Button, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../ui/format.ts';
import { errorMessage } from '../../../ui/server-errors.ts';
import type { RecordExtensionProps } from '../../records/utils/object-extension.ts';
import { type QuoteRevision, quotesApi } from '../api/quotes.api.ts';
import { useQuoteRevisions } from '../hooks/useQuoteRevisions.ts';
import { QuoteRevisionLines } from './QuoteRevisionLines.tsx';

/** The revisions a quote was sent in, newest first: each opens to its frozen lines and has its own PDF. */
export function QuoteRevisions({ record }: RecordExtensionProps) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'zh-CN';
  const { message } = App.useApp();
  const revisions = useQuoteRevisions(record.id);
  const current = Number(record.revision ?? 1);
  const items = [...(revisions.data?.items ?? [])].reverse();
  return (
    <Table<QuoteRevision>
      rowKey="revision"
      size="small"
      loading={revisions.isLoading}
      pagination={false}
      dataSource={items}
      locale={{ emptyText: t('quotes.noRevisions') }}
      expandable={{
        expandedRowRender: (row) => <QuoteRevisionLines quoteId={record.id} revision={row.revision} />,
      }}
      columns={[
        {
          title: t('quotes.columns.revision'),
          dataIndex: 'revision',
          render: (value: number) => (
            <>
              {t('quotes.revision', { revision: value })}
              {value === current && (
                <Tag color="blue" style={{ marginLeft: 8 }}>
                  {t('quotes.currentRevision')}
                </Tag>
              )}
            </>
          ),
        },
        {
          title: t('quotes.columns.total'),
          dataIndex: 'total',
          align: 'right',
          render: (value: string) => formatCny(value, { locale }),
        },
        {
          title: t('quotes.columns.sentAt'),
          dataIndex: 'sentAt',
          render: (value: string) => formatDateTime(value, locale),
        },
        {
          title: t('quotes.columns.sentBy'),
          dataIndex: 'sentBy',
          render: (value: QuoteRevision['sentBy']) => value?.name ?? '—',
        },
        {
          title: t('quotes.columns.pdf'),
          key: 'pdf',
          width: 130,
          render: (_, row) => (
            <Button
              size="small"
              icon={<FilePdfOutlined />}
              aria-label={t('quotes.revisionPdf', { revision: row.revision })}
              onClick={() =>
                void quotesApi
                  .downloadPdf(record.id, row.revision)
                  .catch((e) => message.error(errorMessage(e)))
              }
            >
              {t('quotes.download')}
            </Button>
          ),
        },
      ]}
    />
  );
}
