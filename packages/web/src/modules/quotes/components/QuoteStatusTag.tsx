import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { QuoteStatus } from '../api/quotes.api.ts';
import { STATUS_COLORS } from '../utils/quote-status.ts';

/** A quote's status as a coloured tag. */
export function QuoteStatusTag({ status }: { status: QuoteStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-status={status}>
      {t(`quotes.status.${status}`)}
    </Tag>
  );
}
