import { PaperClipOutlined } from '@ant-design/icons';
import { Card, Empty, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fileUrl } from '../../files/api/files.api.ts';
import { useRecordAttachments } from '../../files/hooks/useRecordAttachments.ts';
import { formatFileSize } from '../../files/utils/format-file-size.ts';

/** The account's files as download links (uploading and removing stay on the Attachments tab). */
export function AttachmentsCard({ accountId }: { accountId: number }) {
  const { t } = useTranslation();
  const files = useRecordAttachments('account', accountId);
  const items = files.data ?? [];
  return (
    <Card size="small" title={t('accountOverview.attachments')}>
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('accountOverview.noAttachments')} />
      ) : (
        <List
          size="small"
          dataSource={items}
          renderItem={(file) => (
            <List.Item
              extra={<Typography.Text type="secondary">{formatFileSize(file.size)}</Typography.Text>}
            >
              <a href={fileUrl(file.id)} download={file.name}>
                <PaperClipOutlined /> {file.name}
              </a>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
