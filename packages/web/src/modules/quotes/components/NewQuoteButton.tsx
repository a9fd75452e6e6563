import { FileAddOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { errorMessage } from '../../../ui/server-errors.ts';
import type { RecordExtensionProps } from '../../records/utils/object-extension.ts';
import { useCan } from '../../session/hooks/useCan.ts';
import { quotesApi } from '../api/quotes.api.ts';

/** 新建报价 on an opportunity: a draft quote with the opportunity's customer and lines, opened at once. */
export function NewQuoteButton({ record }: RecordExtensionProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const can = useCan();
  if (!can('quote', 'create')) return null;
  const create = async () => {
    try {
      const quote = await quotesApi.fromOpportunity(record.id);
      navigate(`/o/quote/${quote.id}`);
    } catch (error) {
      message.error(errorMessage(error));
    }
  };
  return (
    <Button icon={<FileAddOutlined />} onClick={() => void create()}>
      {t('quotes.newFromOpportunity')}
    </Button>
  );
}
