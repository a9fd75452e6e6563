import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiKeysTable } from '../../modules/api-keys/components/ApiKeysTable.tsx';
import { CreateApiKeyModal } from '../../modules/api-keys/components/CreateApiKeyModal.tsx';
import { useApiKeys } from '../../modules/api-keys/hooks/useApiKeys.ts';
import { useCan } from '../../modules/session/hooks/useCan.ts';
import { CursorPager } from '../../ui/CursorPager.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { QueryError } from '../../ui/QueryError.tsx';
import { SecretRevealModal } from '../../ui/SecretRevealModal.tsx';
import { useCursorPages } from '../../ui/useCursorPages.ts';

const PAGE_SIZE = 20;

/** Settings → API keys: keys for integrations, each shown once when created. */
export function ApiKeysPage() {
  const { t } = useTranslation();
  const can = useCan();
  const pages = useCursorPages();
  const keys = useApiKeys({ limit: PAGE_SIZE, cursor: pages.cursor });
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const mayCreate = can('apiKey', 'create');

  return (
    <>
      <PageHeader
        title={t('settings.pages.apiKeys.title')}
        description={t('settings.pages.apiKeys.description')}
        extra={
          mayCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('apiKeys.new')}
            </Button>
          )
        }
      />
      <Card>
        {keys.isError ? (
          <QueryError error={keys.error} onRetry={() => void keys.refetch()} />
        ) : (
          <>
            <ApiKeysTable
              keys={keys.data?.items ?? []}
              loading={keys.isFetching}
              empty={
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('apiKeys.empty')}>
                  {mayCreate && (
                    <Button type="primary" onClick={() => setCreating(true)}>
                      {t('apiKeys.new')}
                    </Button>
                  )}
                </Empty>
              }
            />
            <CursorPager
              pageNumber={pages.pageNumber}
              hasPrevious={pages.hasPrevious}
              nextCursor={keys.data?.nextCursor}
              onPrevious={pages.previous}
              onNext={pages.next}
              loading={keys.isFetching}
            />
          </>
        )}
      </Card>
      <CreateApiKeyModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(apiKey, key) => {
          setCreating(false);
          setCreated({ name: apiKey.name, key });
        }}
      />
      <SecretRevealModal
        open={created !== null}
        title={t('apiKeys.createdTitle')}
        description={t('apiKeys.createdText', { name: created?.name ?? '' })}
        secret={created?.key ?? ''}
        onClose={() => setCreated(null)}
      />
    </>
  );
}
