import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { computeQuoteTotals } from '@lodestar/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Descriptions, Input, Select, Space, Table } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCny } from '../../../ui/format.ts';
import { errorMessage } from '../../../ui/server-errors.ts';
import { RECORDS_QUERY_KEY } from '../../records/api/records.api.ts';
import { useRecords } from '../../records/hooks/useRecords.ts';
import type { RecordExtensionProps } from '../../records/utils/object-extension.ts';
import { LINE_ITEMS_QUERY_KEY, type LineItemDraft, lineItemsApi } from '../api/line-items.api.ts';

const toDraft = (line: LineItemDraft): LineItemDraft => ({
  productId: line.productId,
  name: line.name,
  description: line.description,
  unit: line.unit,
  quantity: line.quantity,
  unitPrice: line.unitPrice,
  discountPercent: line.discountPercent,
  taxPercent: line.taxPercent,
});

/** Live totals with the server's own rule; null while a number is not (yet) valid. */
function liveTotals(lines: LineItemDraft[]) {
  try {
    return computeQuoteTotals(lines);
  } catch {
    return null;
  }
}

/**
 * The lines tab of an opportunity, quote or contract: products from the catalogue (price from the record's
 * price list, else the list price), quantity, unit price, discount and tax, with totals computed live by
 * the same function the server uses; saved as a whole.
 */
export function LineItemsEditor({ object, record, onChanged }: RecordExtensionProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const key = [...LINE_ITEMS_QUERY_KEY, object.apiName, record.id];
  const current = useQuery({ queryKey: key, queryFn: () => lineItemsApi.get(object.apiName, record.id) });
  const products = useRecords('product', { limit: 200, sort: 'name' });
  const priceListId = current.data?.priceListId ?? null;
  const listPrices = useQuery({
    queryKey: ['price-list-prices', priceListId],
    queryFn: () => lineItemsApi.prices(priceListId!),
    enabled: priceListId !== null,
  });
  const [lines, setLines] = useState<LineItemDraft[]>([]);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (current.data) setLines(current.data.lines.map(toDraft));
  }, [current.data]);
  const totals = useMemo(() => liveTotals(lines), [lines]);
  const editable = current.data?.editable ?? false;
  const locale = i18n.language;

  const update = (index: number, patch: Partial<LineItemDraft>) =>
    setLines((all) => all.map((line, i) => (i === index ? { ...line, ...patch } : line)));
  const pickProduct = (index: number, productId: number) => {
    const product = products.data?.data.find((p) => p.id === productId);
    if (!product) return;
    const listed = listPrices.data?.items.find((p) => p.productId === productId)?.unitPrice;
    update(index, {
      productId,
      name: String(product.name ?? ''),
      unit: (product.unit as string | null) ?? null,
      unitPrice: listed ?? String(product.listPrice ?? '0'),
      taxPercent: product.taxRate == null ? '0' : String(product.taxRate),
    });
  };
  const save = async () => {
    if (!current.data) return;
    setSaving(true);
    try {
      await lineItemsApi.replace(object.apiName, record.id, lines, current.data.version);
      message.success(t('lineItems.saved'));
      await queryClient.invalidateQueries({ queryKey: key });
      await queryClient.invalidateQueries({ queryKey: [...RECORDS_QUERY_KEY, object.apiName] });
      onChanged();
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  const numberCell =
    (field: 'quantity' | 'unitPrice' | 'discountPercent' | 'taxPercent', width: number) =>
    (value: string, _: LineItemDraft, index: number) =>
      editable ? (
        <Input
          aria-label={t(`lineItems.columns.${field}`)}
          value={value}
          style={{ width, textAlign: 'right' }}
          onChange={(event) => update(index, { [field]: event.target.value })}
        />
      ) : (
        value
      );

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      {!editable && current.data && <div className="lodestar-muted">{t('lineItems.locked')}</div>}
      <Table<LineItemDraft>
        rowKey={(_, index) => String(index)}
        size="small"
        loading={current.isLoading}
        pagination={false}
        dataSource={lines}
        scroll={{ x: 900 }}
        columns={[
          {
            title: t('lineItems.columns.product'),
            dataIndex: 'productId',
            width: 220,
            render: (value: number | null, line, index) =>
              editable ? (
                <Select
                  showSearch
                  allowClear
                  optionFilterProp="label"
                  style={{ width: 200 }}
                  placeholder={t('lineItems.pickProduct')}
                  value={value ?? undefined}
                  options={(products.data?.data ?? []).map((p) => ({
                    value: p.id,
                    label: `${p.code ? `${p.code} ` : ''}${p.name}`,
                  }))}
                  onChange={(id: number | undefined) =>
                    id ? pickProduct(index, id) : update(index, { productId: null })
                  }
                />
              ) : (
                line.name
              ),
          },
          {
            title: t('lineItems.columns.name'),
            dataIndex: 'name',
            render: (value: string, _, index) =>
              editable ? (
                <Input value={value} onChange={(e) => update(index, { name: e.target.value })} />
              ) : (
                value
              ),
          },
          {
            title: t('lineItems.columns.unit'),
            dataIndex: 'unit',
            width: 70,
            render: (value: string | null, _, index) =>
              editable ? (
                <Input
                  value={value ?? ''}
                  onChange={(e) => update(index, { unit: e.target.value || null })}
                />
              ) : (
                value
              ),
          },
          {
            title: t('lineItems.columns.quantity'),
            dataIndex: 'quantity',
            width: 90,
            render: numberCell('quantity', 80),
          },
          {
            title: t('lineItems.columns.unitPrice'),
            dataIndex: 'unitPrice',
            width: 120,
            render: numberCell('unitPrice', 110),
          },
          {
            title: t('lineItems.columns.discountPercent'),
            dataIndex: 'discountPercent',
            width: 80,
            render: numberCell('discountPercent', 70),
          },
          {
            title: t('lineItems.columns.taxPercent'),
            dataIndex: 'taxPercent',
            width: 80,
            render: numberCell('taxPercent', 70),
          },
          {
            title: t('lineItems.columns.totalAmount'),
            key: 'total',
            width: 130,
            align: 'right',
            render: (_, __, index) =>
              totals ? formatCny(totals.lines[index]?.totalAmount.toString(), locale) : '—',
          },
          ...(editable
            ? [
                {
                  key: 'remove',
                  width: 48,
                  render: (_: unknown, __: LineItemDraft, index: number) => (
                    <Button
                      type="text"
                      danger
                      aria-label={t('lineItems.remove')}
                      icon={<DeleteOutlined />}
                      onClick={() => setLines((all) => all.filter((_, i) => i !== index))}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
      {editable && (
        <Space>
          <Button
            icon={<PlusOutlined />}
            onClick={() =>
              setLines((all) => [
                ...all,
                {
                  productId: null,
                  name: '',
                  description: null,
                  unit: null,
                  quantity: '1',
                  unitPrice: '0',
                  discountPercent: '0',
                  taxPercent: '13',
                },
              ])
            }
          >
            {t('lineItems.add')}
          </Button>
          <Button type="primary" loading={saving} disabled={!totals} onClick={() => void save()}>
            {t('lineItems.save')}
          </Button>
        </Space>
      )}
      <Descriptions size="small" column={{ xs: 1, sm: 2, md: 5 }} bordered>
        <Descriptions.Item label={t('lineItems.totals.subtotal')}>
          {formatCny(totals?.subtotal.toString(), locale)}
        </Descriptions.Item>
        <Descriptions.Item label={t('lineItems.totals.discount')}>
          {formatCny(totals?.discountTotal.toString(), locale)}
        </Descriptions.Item>
        <Descriptions.Item label={t('lineItems.totals.net')}>
          {formatCny(totals?.netTotal.toString(), locale)}
        </Descriptions.Item>
        <Descriptions.Item label={t('lineItems.totals.tax')}>
          {formatCny(totals?.taxTotal.toString(), locale)}
        </Descriptions.Item>
        <Descriptions.Item label={t('lineItems.totals.grand')}>
          <strong>{formatCny(totals?.grandTotal.toString(), locale)}</strong>
        </Descriptions.Item>
      </Descriptions>
    </Space>
  );
}
