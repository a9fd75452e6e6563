import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, List, Typography, Upload } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldDefinition } from '../../records/api/objects.api.ts';
import { type AttachedFile, fieldUploadUrl, fileUrl, type StoredFile } from '../api/files.api.ts';
import { formatFileSize } from '../utils/format-file-size.ts';
import { apiUploadProps, uploadErrorText } from '../utils/upload-props.ts';

interface AttachmentInputProps {
  /** The object of the record (the field's limits apply to uploads); absent, the general limit applies. */
  object?: string;
  field: FieldDefinition;
  id?: string;
  value?: unknown;
  onChange?: (value: unknown) => void;
}

/**
 * The widget of an attachment field: uploads each chosen file to `/api/v1/files` at once and keeps the
 * returned file descriptors as the field's value (saved with the record, which links the files to it).
 */
export function AttachmentInput({ object, field, id, value, onChange }: AttachmentInputProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const files = Array.isArray(value) ? (value as AttachedFile[]) : [];
  // Several uploads may finish before the next render: each appends to the latest list.
  const latest = useRef(files);
  latest.current = files;
  const [uploading, setUploading] = useState(0);
  const multiple = field.options.multiple !== false;
  const accept = Array.isArray(field.options.accept) ? (field.options.accept as string[]).join(',') : '';
  const base = apiUploadProps(object ? fieldUploadUrl(object, field.apiName) : '/api/v1/files');
  const set = (next: AttachedFile[]) => {
    latest.current = next;
    onChange?.(next);
  };
  return (
    <div id={id}>
      <Upload
        {...base}
        accept={accept || undefined}
        multiple={multiple}
        disabled={!multiple && files.length > 0}
        onChange={({ file }) => {
          if (file.status === 'uploading' && file.percent === 0) setUploading((n) => n + 1);
          if (file.status === 'done') {
            setUploading((n) => Math.max(0, n - 1));
            const stored = file.response as StoredFile;
            const descriptor = {
              id: stored.id,
              name: stored.name,
              size: stored.size,
              mimeType: stored.mimeType,
            };
            set(multiple ? [...latest.current, descriptor] : [descriptor]);
          }
          if (file.status === 'error') {
            setUploading((n) => Math.max(0, n - 1));
            void message.error(`${file.name}: ${uploadErrorText(file.response, t('files.uploadFailed'))}`);
          }
        }}
      >
        <Button icon={<UploadOutlined />} loading={uploading > 0} disabled={!multiple && files.length > 0}>
          {t('files.choose')}
        </Button>
      </Upload>
      {files.length > 0 && (
        <List
          size="small"
          dataSource={files}
          rowKey="id"
          renderItem={(file) => (
            <List.Item
              actions={[
                <Button
                  key="remove"
                  type="text"
                  size="small"
                  icon={<DeleteOutlined />}
                  aria-label={t('files.remove', { name: file.name })}
                  onClick={() => set(latest.current.filter((entry) => entry.id !== file.id))}
                />,
              ]}
            >
              <span>
                <PaperClipOutlined />{' '}
                <a href={fileUrl(file.id)} download={file.name}>
                  {file.name}
                </a>{' '}
                <Typography.Text type="secondary">({formatFileSize(file.size)})</Typography.Text>
              </span>
            </List.Item>
          )}
        />
      )}
    </div>
  );
}
