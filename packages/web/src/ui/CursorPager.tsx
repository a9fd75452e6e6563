import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface CursorPagerProps {
  pageNumber: number;
  hasPrevious: boolean;
  nextCursor: string | null | undefined;
  onPrevious: () => void;
  onNext: (cursor: string) => void;
  loading?: boolean;
}

/** Previous / next buttons under a table whose list is paginated by cursor. */
export function CursorPager({
  pageNumber,
  hasPrevious,
  nextCursor,
  onPrevious,
  onNext,
  loading,
}: CursorPagerProps) {
  const { t } = useTranslation();
  if (!hasPrevious && !nextCursor) return null;
  return (
    <Flex justify="flex-end" align="center" gap={12} className="cursor-pager">
      <Typography.Text type="secondary">{t('pager.page', { page: pageNumber })}</Typography.Text>
      <Button icon={<LeftOutlined />} disabled={!hasPrevious || loading} onClick={onPrevious}>
        {t('pager.previous')}
      </Button>
      <Button disabled={!nextCursor || loading} onClick={() => nextCursor && onNext(nextCursor)}>
        {t('pager.next')}
        <RightOutlined />
      </Button>
    </Flex>
  );
}
