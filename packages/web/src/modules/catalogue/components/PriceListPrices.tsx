import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Input, Space, Table } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.ts';
import { formatCny } from '../../../ui/format.ts';
import { errorMessage } from '../../../ui/server-errors.ts';
import { useRecords } from '../../records/hooks/useRecords.ts';
import type { RecordExtensionProps } from '../../records/utils/object-extension.ts';
import { useCan } from '../../session/hooks/useCan.ts';

interface Price {
  productId: number;
  unitPrice: string;
}

/** The price table of a price list: every product with its list price and its price in this list. */
export function PriceListPrices({ record }: RecordExtensionProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const can = useCan();
  const queryClient = useQueryClient();
  const editable = can('priceList', 'update');
  const key = ['price-list-prices', record.id];
  const prices = useQuery({
    queryKey: key,
    queryFn: () => api.get<{ items: Price[] }>(`/price-lists/${record.id}/prices`),
  });
  const products = useRecords('product', { limit: 200, sort: 'code,name' });
  const [draft, setDraft] = useState<Record<number, string>>({});
  useEffect(() => {
    if (prices.data) setDraft(Object.fromEntries(prices.data.items.map((p) => [p.productId, p.unitPrice])));
  }, [prices.data]);
  const save = async () => {
    const list = Object.entries(draft)
      .filter(([, price]) => price.trim() !== '')
      .map(([productId, unitPrice]) => ({ productId: Number(productId), unitPrice: unitPrice.trim() }));
    try {
      await api.put(`/price-lists/${record.id}/prices`, { prices: list });
      message.success(t('catalogue.saved'));
      await queryClient.invalidateQueries({ queryKey: key });
    } catch (error) {
      message.error(errorMessage(error));
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        loading={products.isLoading || prices.isLoading}
        dataSource={products.data?.data ?? []}
        columns={[
          { title: t('catalogue.columns.code'), dataIndex: 'code', width: 120 },
          { title: t('catalogue.columns.product'), dataIndex: 'name' },
          { title: t('catalogue.columns.unit'), dataIndex: 'unit', width: 80 },
          {
            title: t('catalogue.columns.listPrice'),
            dataIndex: 'listPrice',
            width: 140,
            align: 'right',
            render: (value: string | null) => formatCny(value, i18n.language),
          },
          {
            title: t('catalogue.columns.price'),
            key: 'price',
            width: 160,
            render: (_, product) =>
              editable ? (
                <Input
                  aria-label={t('catalogue.columns.price')}
                  placeholder={t('catalogue.noPrice')}
                  value={draft[product.id] ?? ''}
                  onChange={(e) => setDraft((all) => ({ ...all, [product.id]: e.target.value }))}
                />
              ) : (
                formatCny(draft[product.id], i18n.language)
              ),
          },
        ]}
      />
      {editable && (
        <Button type="primary" onClick={() => void save()}>
          {t('catalogue.save')}
        </Button>
      )}
    </Space>
  );
}
