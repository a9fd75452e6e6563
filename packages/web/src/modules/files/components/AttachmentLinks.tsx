import { PaperClipOutlined } from '@ant-design/icons';
import { Space, Typography } from 'antd';
import { type AttachedFile, fileUrl } from '../api/files.api.ts';
import { formatFileSize } from '../utils/format-file-size.ts';

/** Download links of the files of an attachment field, with their sizes. */
export function AttachmentLinks({ files }: { files: AttachedFile[] }) {
  if (files.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space orientation="vertical" size={2}>
      {files.map((file) => (
        <span key={file.id}>
          <PaperClipOutlined />{' '}
          <a href={fileUrl(file.id)} download={file.name}>
            {file.name}
          </a>{' '}
          <Typography.Text type="secondary">({formatFileSize(file.size)})</Typography.Text>
        </span>
      ))}
    </Space>
  );
}
