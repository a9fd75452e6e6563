import { Button, Card, Empty, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { NotificationList } from '../modules/notifications/components/NotificationList.tsx';
import { useMarkAllNotificationsRead } from '../modules/notifications/hooks/useMarkAllNotificationsRead.ts';
import { useNotifications } from '../modules/notifications/hooks/useNotifications.ts';
import { useOpenNotification } from '../modules/notifications/hooks/useOpenNotification.ts';
import { useUnreadNotificationCount } from '../modules/notifications/hooks/useUnreadNotificationCount.ts';
import { CursorPager } from '../ui/CursorPager.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageSpin } from '../ui/PageSpin.tsx';
import { QueryError } from '../ui/QueryError.tsx';
import { useCursorPages } from '../ui/useCursorPages.ts';

const PAGE_SIZE = 20;

/** All of the signed-in user's notifications, or the unread ones, newest first, page by page. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const unreadOnly = searchParams.get('tab') === 'unread';
  const pages = useCursorPages();
  const list = useNotifications({ unread: unreadOnly, limit: PAGE_SIZE, cursor: pages.cursor });
  const unread = useUnreadNotificationCount();
  const markAll = useMarkAllNotificationsRead();
  const openNotification = useOpenNotification();
  const items = list.data?.items ?? [];

  return (
    <>
      <PageHeader
        title={t('notifications.title')}
        description={t('notifications.description')}
        extra={
          <Button
            disabled={(unread.data?.count ?? 0) === 0}
            loading={markAll.isPending}
            onClick={() => markAll.mutate()}
          >
            {t('notifications.markAllRead')}
          </Button>
        }
      />
      <Card>
        <Tabs
          activeKey={unreadOnly ? 'unread' : 'all'}
          onChange={(key) => {
            pages.reset();
            setSearchParams(key === 'unread' ? { tab: 'unread' } : {});
          }}
          items={[
            { key: 'all', label: t('notifications.tabs.all') },
            {
              key: 'unread',
              label: t('notifications.tabs.unread', { count: unread.data?.count ?? 0 }),
            },
          ]}
        />
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => void list.refetch()} />
        ) : list.isPending ? (
          <PageSpin />
        ) : items.length === 0 ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={unreadOnly ? t('notifications.noneUnread') : t('notifications.empty')}
          />
        ) : (
          <NotificationList notifications={items} onOpen={openNotification} />
        )}
        <CursorPager
          pageNumber={pages.pageNumber}
          hasPrevious={pages.hasPrevious}
          nextCursor={list.data?.nextCursor}
          onPrevious={pages.previous}
          onNext={pages.next}
          loading={list.isFetching}
        />
      </Card>
    </>
  );
}
