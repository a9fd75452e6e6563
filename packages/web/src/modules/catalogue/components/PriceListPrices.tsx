import { SearchOutlined, UndoOutlined } from '@ant-design/icons';
import { formatCny, isLocale } from '@lodestar/shared';
import { App, Button, Flex, Input, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { CursorPager } from '../../../ui/CursorPager.tsx';
import { errorMessage } from '../../../ui/server-errors.ts';
import { useCursorPages } from '../../../ui/useCursorPages.ts';
import { useDebouncedValue } from '../../../ui/useDebouncedValue.ts';
import { LineCellInput } from '../../line-items/components/LineCellInput.tsx';
import type { RecordData } from '../../records/api/records.api.ts';
import { useRecords } from '../../records/hooks/useRecords.ts';
import type { RecordExtensionProps } from '../../records/utils/object-extension.ts';
import { useCan } from '../../session/hooks/useCan.ts';
import { usePriceListPrices } from '../hooks/usePriceListPrices.ts';
import { useReplacePriceListPrices } from '../hooks/useReplacePriceListPrices.ts';
import {
  differenceFromListPrice,
  type PriceDrafts,
  priceProblems,
  pricesToSave,
  samePrices,
} from '../utils/price-drafts.ts';

const PAGE_SIZE = 50;

/**
 * The price table of a price list: the catalogue's products (searchable, page by page) with their list
 * price, their price in this list and how far it is from the list price. Editors type prices (a cleared
 * cell removes the product from the list) and save the whole table at once.
 */
export function PriceListPrices({ record }: RecordExtensionProps) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'zh-CN';
  const { message } = App.useApp();
  const can = useCan();
  const editable = can('priceList', 'update');
  const prices = usePriceListPrices(record.id);
  const replace = useReplacePriceListPrices(record.id);
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const pages = useCursorPages();
  const products = useRecords('product', {
    q: q || undefined,
    sort: 'code,name',
    limit: PAGE_SIZE,
    cursor: pages.cursor,
  });
  const saved = useMemo<PriceDrafts>(
    () => Object.fromEntries((prices.data?.items ?? []).map((price) => [price.productId, price.unitPrice])),
    [prices.data],
  );
  const [drafts, setDrafts] = useState<PriceDrafts>({});
  useEffect(() => setDrafts(saved), [saved]);
  const problems = useMemo(() => priceProblems(drafts), [drafts]);
  const dirty = !samePrices(drafts, saved);
  const pricedCount = pricesToSave(drafts).length;

  const save = async () => {
    if (problems.size > 0) {
      message.error(t('catalogue.fixProblems'));
      return;
    }
    try {
      await replace.mutateAsync(pricesToSave(drafts));
      message.success(t('catalogue.saved'));
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t('catalogue.search')}
          value={search}
          onChange={(event) => {
            setSearch(event.target.value);
            pages.reset();
          }}
          style={{ maxWidth: 320 }}
        />
        <Typography.Text type="secondary">
          {t('catalogue.pricedCount', { count: pricedCount })}
        </Typography.Text>
      </Flex>
      <Table<RecordData>
        rowKey="id"
        size="small"
        pagination={false}
        loading={products.isLoading || prices.isLoading}
        dataSource={products.data?.data ?? []}
        locale={{ emptyText: q ? t('common.noMatches') : t('catalogue.noProducts') }}
        columns={[
          {
            title: t('catalogue.columns.code'),
            dataIndex: 'code',
            width: 130,
            render: (value) => value ?? '—',
          },
          {
            title: t('catalogue.columns.product'),
            dataIndex: 'name',
            render: (value: string, product) => (
              <>
                <Link to={`/o/product/${product.id}`}>{value}</Link>
                {product.active === false && <Tag style={{ marginLeft: 8 }}>{t('catalogue.retired')}</Tag>}
              </>
            ),
          },
          {
            title: t('catalogue.columns.unit'),
            dataIndex: 'unit',
            width: 80,
            render: (value) => value ?? '—',
          },
          {
            title: t('catalogue.columns.listPrice'),
            dataIndex: 'listPrice',
            width: 150,
            align: 'right',
            render: (value: string | null) => (value ? formatCny(value, { locale }) : '—'),
          },
          {
            title: t('catalogue.columns.price'),
            key: 'price',
            width: 190,
            align: 'right',
            render: (_, product) => {
              const text = drafts[product.id] ?? '';
              if (!editable)
                return text ? (
                  formatCny(text, { locale })
                ) : (
                  <Typography.Text type="secondary">{t('catalogue.listPriceApplies')}</Typography.Text>
                );
              const problem = problems.get(product.id);
              return (
                <LineCellInput
                  label={t('catalogue.priceOf', { product: String(product.name ?? '') })}
                  numeric
                  prefix="¥"
                  placeholder={t('catalogue.listPriceApplies')}
                  value={text}
                  error={problem ? t(`catalogue.errors.${problem}`) : undefined}
                  onChange={(next) => setDrafts((all) => ({ ...all, [product.id]: next }))}
                />
              );
            },
          },
          {
            title: t('catalogue.columns.difference'),
            key: 'difference',
            width: 110,
            align: 'right',
            render: (_, product) => {
              const difference = differenceFromListPrice(drafts[product.id], product.listPrice);
              if (difference === null) return <Typography.Text type="secondary">—</Typography.Text>;
              const value = Number(difference);
              return (
                <Typography.Text type={value < 0 ? 'warning' : undefined}>
                  {value === 0 ? '0%' : `${value > 0 ? '+' : ''}${difference}%`}
                </Typography.Text>
              );
            },
          },
        ]}
      />
      <CursorPager
        pageNumber={pages.pageNumber}
        hasPrevious={pages.hasPrevious}
        nextCursor={products.data?.nextCursor}
        onPrevious={pages.previous}
        onNext={pages.next}
        loading={products.isFetching}
      />
      {editable && (
        <Flex gap={8} align="center" wrap>
          <Button
            type="primary"
            loading={replace.isPending}
            disabled={!dirty && problems.size === 0}
            onClick={() => void save()}
          >
            {t('catalogue.save')}
          </Button>
          {(dirty || problems.size > 0) && (
            <>
              <Button icon={<UndoOutlined />} onClick={() => setDrafts(saved)}>
                {t('catalogue.discard')}
              </Button>
              <Tag color="orange">{t('catalogue.unsaved')}</Tag>
            </>
          )}
          <Typography.Text type="secondary" className="line-items__hint">
            {t('catalogue.hint')}
          </Typography.Text>
        </Flex>
      )}
    </Flex>
  );
}
