import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Space, Table, type TableColumnsType, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../ui/format.ts';
import { QueryError } from '../../../ui/QueryError.tsx';
import { errorMessage } from '../../../ui/server-errors.ts';
import { UserName } from '../../records/components/UserName.tsx';
import { ATTACHMENTS_QUERY_KEY, fileUrl, recordAttachmentsUrl, type StoredFile } from '../api/files.api.ts';
import { useDeleteAttachment } from '../hooks/useDeleteAttachment.ts';
import { useRecordAttachments } from '../hooks/useRecordAttachments.ts';
import { formatFileSize } from '../utils/format-file-size.ts';
import { apiUploadProps, uploadErrorText } from '../utils/upload-props.ts';

interface RecordAttachmentsProps {
  object: string;
  recordId: number;
  /** Whether the viewer may add and remove attachments (update permission on the object). */
  editable: boolean;
}

/** The files attached to a record: download links, upload and removal. */
export function RecordAttachments({ object, recordId, editable }: RecordAttachmentsProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const attachments = useRecordAttachments(object, recordId);
  const remove = useDeleteAttachment(object, recordId);
  const [uploading, setUploading] = useState(0);
  const uploadProps = apiUploadProps(recordAttachmentsUrl(object, recordId));
  if (attachments.isError) {
    return <QueryError error={attachments.error} onRetry={() => void attachments.refetch()} />;
  }
  const columns: TableColumnsType<StoredFile> = [
    {
      key: 'name',
      title: t('files.name'),
      render: (_, file) => (
        <span>
          <PaperClipOutlined />{' '}
          <a href={fileUrl(file.id)} download={file.name}>
            {file.name}
          </a>
        </span>
      ),
    },
    { key: 'size', title: t('files.size'), width: 110, render: (_, file) => formatFileSize(file.size) },
    {
      key: 'uploadedBy',
      title: t('files.uploadedBy'),
      width: 140,
      render: (_, file) => (file.uploadedBy === null ? '—' : <UserName id={file.uploadedBy} />),
    },
    {
      key: 'createdAt',
      title: t('files.uploadedAt'),
      width: 170,
      render: (_, file) => formatDateTime(file.createdAt, i18n.language),
    },
  ];
  if (editable) {
    columns.push({
      key: 'actions',
      width: 60,
      render: (_, file) => (
        <Popconfirm
          title={t('files.removeConfirm', { name: file.name })}
          okText={t('common.delete')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() =>
            remove.mutateAsync(file.id).then(
              () => void message.success(t('files.removed', { name: file.name })),
              (error: unknown) => void message.error(errorMessage(error)),
            )
          }
        >
          <Button
            type="text"
            danger
            icon={<DeleteOutlined />}
            aria-label={t('files.remove', { name: file.name })}
          />
        </Popconfirm>
      ),
    });
  }
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {editable && (
        <Upload
          {...uploadProps}
          multiple
          onChange={({ file }) => {
            if (file.status === 'uploading' && file.percent === 0) setUploading((n) => n + 1);
            if (file.status === 'done' || file.status === 'error') setUploading((n) => Math.max(0, n - 1));
            if (file.status === 'done') {
              void message.success(t('files.uploaded', { name: file.name }));
              void client.invalidateQueries({ queryKey: [...ATTACHMENTS_QUERY_KEY, object, recordId] });
            }
            if (file.status === 'error') {
              void message.error(`${file.name}: ${uploadErrorText(file.response, t('files.uploadFailed'))}`);
            }
          }}
        >
          <Button icon={<UploadOutlined />} loading={uploading > 0}>
            {t('files.uploadAttachment')}
          </Button>
        </Upload>
      )}
      <Table
        size="small"
        rowKey="id"
        loading={attachments.isLoading}
        columns={columns}
        dataSource={attachments.data ?? []}
        pagination={false}
        locale={{ emptyText: t('files.none') }}
      />
    </Space>
  );
}
