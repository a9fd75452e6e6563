import { formatCny, isLocale } from '@lodestar/shared';
import { Select, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordData } from '../../records/api/records.api.ts';
import { useProductSearch } from '../hooks/useProductSearch.ts';

interface ProductPickerProps {
  /** The chosen product, and the line's name to show for it before the search has loaded it. */
  value: number | null;
  label: string;
  /** Prices of the record's price list by product, to show next to each product. */
  prices: ReadonlyMap<number, string>;
  onPick: (product: RecordData) => void;
  onClear: () => void;
  status?: 'error';
}

/**
 * Chooses a catalogue product by typing its name or code (searched on the server): each option shows its
 * code and the price a new line would get; products no longer sold are shown but cannot be chosen.
 */
export function ProductPicker({ value, label, prices, onPick, onClear, status }: ProductPickerProps) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'zh-CN';
  const [search, setSearch] = useState('');
  const products = useProductSearch(search);
  const found = products.data?.data ?? [];
  // How each option shows in the list (kept apart from the options, whose extra keys would reach the DOM).
  const contents = new Map<number, ReactNode>();
  const options = found.map((product) => {
    const price = prices.get(product.id) ?? (product.listPrice as string | null);
    const retired = product.active === false;
    contents.set(
      product.id,
      <div className="line-items__option">
        <span>
          {product.code ? <Typography.Text type="secondary">{String(product.code)} </Typography.Text> : null}
          {String(product.name ?? '')}
          {retired ? <Typography.Text type="secondary"> · {t('lineItems.retired')}</Typography.Text> : null}
        </span>
        <span className="line-items__option-price">{price ? formatCny(price, { locale }) : ''}</span>
      </div>,
    );
    return {
      value: product.id,
      label: String(product.name ?? `#${product.id}`),
      disabled: retired,
      title: [product.code, product.name].filter(Boolean).join(' '),
    };
  });
  if (value !== null && !options.some((option) => option.value === value)) {
    options.unshift({ value, label, disabled: false, title: label });
  }
  return (
    <Select<number>
      aria-label={t('lineItems.columns.product')}
      className="line-items__product"
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      status={status}
      placeholder={t('lineItems.pickProduct')}
      value={value ?? undefined}
      options={options}
      optionRender={(option) => contents.get(option.value as number) ?? option.label}
      popupMatchSelectWidth={360}
      loading={products.isFetching}
      notFoundContent={products.isFetching ? t('common.loading') : t('common.noMatches')}
      onChange={(id) => {
        const product = found.find((candidate) => candidate.id === id);
        if (product) onPick(product);
      }}
      onClear={() => {
        setSearch('');
        onClear();
      }}
    />
  );
}
