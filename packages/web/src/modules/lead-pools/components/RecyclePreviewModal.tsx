import { Modal, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../ui/format.ts';
import { QueryError } from '../../../ui/QueryError.tsx';
import type { Pool } from '../api/lead-pools.api.ts';
import { useRecyclePreview } from '../hooks/useRecyclePreview.ts';

/** What the next recycle run will take back into a pool, lead by lead with its owner and why. */
export function RecyclePreviewModal({ pool, onClose }: { pool: Pool; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const preview = useRecyclePreview(pool.id, true);
  return (
    <Modal
      open
      title={t('leadPools.preview.title', { pool: pool.name })}
      footer={null}
      onCancel={onClose}
      width={760}
    >
      {preview.isError ? (
        <QueryError error={preview.error} onRetry={() => void preview.refetch()} />
      ) : (
        <>
          <Typography.Paragraph className="recycle-preview-summary">
            {preview.data
              ? t('leadPools.preview.summary', {
                  at: formatDateTime(preview.data.runAt, i18n.language),
                  count: preview.data.total,
                })
              : t('common.loading')}
          </Typography.Paragraph>
          <Table
            size="small"
            loading={preview.isPending}
            rowKey={(item) => item.lead.id}
            dataSource={preview.data?.items ?? []}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            locale={{ emptyText: t('leadPools.preview.nothing') }}
            columns={[
              { title: t('leadPools.columns.name'), render: (_, item) => item.lead.name },
              { title: t('leadPools.columns.owner'), render: (_, item) => item.owner?.name ?? '—' },
              {
                title: t('leadPools.columns.reason'),
                render: (_, item) => t(`leadPools.reasons.${item.reasonCode}`),
              },
            ]}
          />
        </>
      )}
    </Modal>
  );
}
