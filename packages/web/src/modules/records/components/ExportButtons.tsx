import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client.ts';

/** The export menu: Excel or CSV of the current list, downloaded by the browser. */
export function ExportButtons({ onExport }: { onExport: (format: 'xlsx' | 'csv') => Promise<void> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async (format: 'xlsx' | 'csv') => {
    setBusy(true);
    try {
      await onExport(format);
    } catch (error) {
      message.error(error instanceof ApiError ? error.detail : String(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dropdown
      menu={{
        items: [
          { key: 'xlsx', label: t('records.export.xlsx') },
          { key: 'csv', label: t('records.export.csv') },
        ],
        onClick: ({ key }) => void run(key as 'xlsx' | 'csv'),
      }}
    >
      <Button icon={<DownloadOutlined />} loading={busy}>
        {t('records.export.title')}
      </Button>
    </Dropdown>
  );
}
