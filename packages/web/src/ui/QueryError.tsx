import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from './server-errors.ts';

interface QueryErrorProps {
  error: unknown;
  onRetry?: () => void;
}

/** What a page shows when its data could not be loaded: the reason and a retry button. */
export function QueryError({ error, onRetry }: QueryErrorProps) {
  const { t } = useTranslation();
  return (
    <Result
      status="warning"
      title={t('errors.loadFailed')}
      subTitle={errorMessage(error)}
      extra={
        onRetry && (
          <Button type="primary" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )
      }
    />
  );
}
