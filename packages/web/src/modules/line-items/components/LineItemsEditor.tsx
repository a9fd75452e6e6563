import { DeleteOutlined, PlusOutlined, UndoOutlined } from '@ant-design/icons';
import { Decimal, formatCny, isLocale } from '@lodestar/shared';
import { Alert, App, Button, Flex, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../../../api/client.ts';
import { errorMessage } from '../../../ui/server-errors.ts';
import { usePriceListPrices } from '../../catalogue/hooks/usePriceListPrices.ts';
import type { RecordData } from '../../records/api/records.api.ts';
import { useRecord } from '../../records/hooks/useRecord.ts';
import type { RecordExtensionProps } from '../../records/utils/object-extension.ts';
import { useCan } from '../../session/hooks/useCan.ts';
import type { LineItemDraft } from '../api/line-items.api.ts';
import { useLineItems } from '../hooks/useLineItems.ts';
import { useSaveLineItems } from '../hooks/useSaveLineItems.ts';
import {
  checkLines,
  draftOf,
  emptyDraft,
  type LineDraftField,
  normaliseDraft,
  problemKey,
  sameLines,
  withProduct,
} from '../utils/line-drafts.ts';
import { LineCellInput } from './LineCellInput.tsx';
import { LineTotals } from './LineTotals.tsx';
import { ProductPicker } from './ProductPicker.tsx';
import './line-items.css';

export interface LineItemsEditorProps extends RecordExtensionProps {
  /** Discounts above this percentage are marked as needing approval (quotes). */
  discountLimit?: string | undefined;
}

type NumberField = 'quantity' | 'unitPrice' | 'discountPercent' | 'taxPercent';

/**
 * The lines tab of an opportunity, quote or contract: products chosen from the catalogue (priced from the
 * record's price list, else their list price), quantity, unit price, discount and tax, each cell checked and
 * every amount computed live by the server's own rule; saved as a whole, with the server's per-cell errors
 * shown where they belong.
 */
export function LineItemsEditor({ object, record, onChanged, discountLimit }: LineItemsEditorProps) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'zh-CN';
  const { message } = App.useApp();
  const can = useCan();
  const current = useLineItems(object.apiName, record.id, record.version);
  const save = useSaveLineItems(object.apiName, record.id);
  const priceListId = current.data?.priceListId ?? null;
  const priceList = useRecord('priceList', priceListId ?? undefined);
  const listPrices = usePriceListPrices(priceListId);
  const prices = useMemo(
    () => new Map((listPrices.data?.items ?? []).map((price) => [price.productId, price.unitPrice])),
    [listPrices.data],
  );
  const saved = useMemo(() => (current.data?.lines ?? []).map(draftOf), [current.data]);
  const [lines, setLines] = useState<LineItemDraft[]>([]);
  const [attempted, setAttempted] = useState(false);
  const [serverProblems, setServerProblems] = useState<Map<string, string>>(new Map());
  const [stale, setStale] = useState(false);
  useEffect(() => {
    setLines(saved);
    setAttempted(false);
    setServerProblems(new Map());
    setStale(false);
  }, [saved]);

  const checked = useMemo(() => checkLines(lines), [lines]);
  const editable = current.data?.editable ?? false;
  const dirty = !sameLines(lines, saved);
  const limit = discountLimit === undefined ? null : Decimal.parseOrNull(discountLimit);

  const problemOf = (index: number, field: LineDraftField): string | undefined => {
    const server = serverProblems.get(problemKey(index, field));
    if (server) return server;
    const problem = checked.problems.get(problemKey(index, field));
    if (!problem || (problem.code === 'required' && !attempted)) return undefined;
    return t(`lineItems.errors.${problem.code}`, problem.params);
  };
  const update = (index: number, patch: Partial<LineItemDraft>) => {
    setServerProblems(new Map());
    setLines((all) => all.map((line, i) => (i === index ? { ...line, ...patch } : line)));
  };
  const pick = (index: number, product: RecordData) =>
    setLines((all) =>
      all.map((line, i) =>
        i === index
          ? withProduct(line, {
              id: product.id,
              name: String(product.name ?? ''),
              unit: (product.unit as string | null) ?? null,
              unitPrice: prices.get(product.id) ?? (product.listPrice as string | null) ?? null,
              taxRate: product.taxRate == null ? null : String(product.taxRate),
            })
          : line,
      ),
    );

  const submit = async () => {
    if (!current.data) return;
    setAttempted(true);
    if (checked.problems.size > 0) {
      message.error(t('lineItems.fixProblems'));
      return;
    }
    try {
      await save.mutateAsync({ lines: lines.map(normaliseDraft), version: current.data.version });
      message.success(t('lineItems.saved'));
      onChanged();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'common.stale_version') setStale(true);
      if (error instanceof ApiError && error.errors.length > 0) {
        setServerProblems(
          new Map(
            error.errors.flatMap((problem) => {
              const match = /^lines\.(\d+)\.(\w+)$/.exec(problem.field);
              return match ? [[`${match[1]}.${match[2]}`, problem.message] as const] : [];
            }),
          ),
        );
      }
      message.error(errorMessage(error));
    }
  };

  const numberCell = (field: NumberField, options: { prefix?: string; suffix?: string } = {}) =>
    function render(value: string, _: LineItemDraft, index: number) {
      const overLimit =
        field === 'discountPercent' &&
        limit !== null &&
        Decimal.parseOrNull(value)?.greaterThan(limit) === true;
      if (!editable)
        return overLimit ? (
          <Typography.Text type="warning" strong title={t('lineItems.aboveLimit', { limit: discountLimit })}>
            {readOnlyNumber(field, value, locale)}
          </Typography.Text>
        ) : (
          readOnlyNumber(field, value, locale)
        );
      return (
        <LineCellInput
          label={t(`lineItems.columns.${field}`)}
          numeric
          value={value}
          error={problemOf(index, field)}
          warning={overLimit ? t('lineItems.needsApproval') : undefined}
          warningTitle={overLimit ? t('lineItems.aboveLimit', { limit: discountLimit }) : undefined}
          prefix={options.prefix}
          suffix={options.suffix}
          onChange={(next) => update(index, { [field]: next })}
        />
      );
    };
  const amountCell =
    (pick: 'netAmount' | 'totalAmount') => (_: unknown, __: LineItemDraft, index: number) => {
      const amounts = checked.amounts[index];
      return amounts ? formatCny(amounts[pick], { locale }) : '—';
    };

  return (
    <Flex vertical gap={12} className="line-items">
      {!editable && current.data && can(object.apiName, 'update') && (
        <Alert type="info" showIcon title={t(lockedMessageKey(object.apiName, record.status))} />
      )}
      {stale && (
        <Alert
          type="warning"
          showIcon
          title={t('lineItems.stale')}
          action={
            <Button size="small" onClick={() => void current.refetch()}>
              {t('lineItems.reload')}
            </Button>
          }
        />
      )}
      <Table<LineItemDraft>
        rowKey={(_, index) => String(index)}
        size="small"
        loading={current.isLoading}
        pagination={false}
        dataSource={lines}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t(editable ? 'lineItems.emptyEditable' : 'lineItems.empty') }}
        columns={[
          {
            title: '#',
            key: 'position',
            width: 36,
            render: (_, __, index) => index + 1,
          },
          ...(editable
            ? [
                {
                  title: t('lineItems.columns.product'),
                  dataIndex: 'productId',
                  width: 190,
                  render: (value: number | null, line: LineItemDraft, index: number) => (
                    <ProductPicker
                      value={value}
                      label={line.name}
                      prices={prices}
                      onPick={(product) => pick(index, product)}
                      onClear={() => update(index, { productId: null })}
                    />
                  ),
                },
              ]
            : []),
          {
            title: t('lineItems.columns.name'),
            dataIndex: 'name',
            width: editable ? 150 : undefined,
            render: (value: string, line, index) =>
              editable ? (
                <LineCellInput
                  label={t('lineItems.columns.name')}
                  value={value}
                  error={problemOf(index, 'name')}
                  onChange={(next) => update(index, { name: next })}
                />
              ) : line.productId !== null ? (
                <Link to={`/o/product/${line.productId}`}>{value}</Link>
              ) : (
                value
              ),
          },
          {
            title: t('lineItems.columns.unit'),
            dataIndex: 'unit',
            width: 66,
            render: (value: string | null, _, index) =>
              editable ? (
                <LineCellInput
                  label={t('lineItems.columns.unit')}
                  value={value ?? ''}
                  onChange={(next) => update(index, { unit: next || null })}
                />
              ) : (
                (value ?? '—')
              ),
          },
          {
            title: t('lineItems.columns.quantity'),
            dataIndex: 'quantity',
            width: 86,
            align: 'right',
            render: numberCell('quantity'),
          },
          {
            title: t('lineItems.columns.unitPrice'),
            dataIndex: 'unitPrice',
            width: 128,
            align: 'right',
            render: numberCell('unitPrice', { prefix: '¥' }),
          },
          {
            title: t('lineItems.columns.discountPercent'),
            dataIndex: 'discountPercent',
            width: editable ? 100 : 90,
            align: 'right',
            render: numberCell('discountPercent', { suffix: '%' }),
          },
          {
            title: t('lineItems.columns.taxPercent'),
            dataIndex: 'taxPercent',
            width: 84,
            align: 'right',
            render: numberCell('taxPercent', { suffix: '%' }),
          },
          // While editing, the room goes to the inputs; the net amount is in the totals.
          ...(editable
            ? []
            : [
                {
                  title: t('lineItems.columns.netAmount'),
                  key: 'net',
                  width: 130,
                  align: 'right' as const,
                  render: amountCell('netAmount'),
                },
              ]),
          {
            title: t('lineItems.columns.totalAmount'),
            key: 'total',
            width: 120,
            align: 'right',
            render: amountCell('totalAmount'),
          },
          ...(editable
            ? [
                {
                  key: 'remove',
                  width: 36,
                  render: (_: unknown, __: LineItemDraft, index: number) => (
                    <Button
                      type="text"
                      danger
                      aria-label={t('lineItems.remove', { index: index + 1 })}
                      icon={<DeleteOutlined />}
                      onClick={() => {
                        setServerProblems(new Map());
                        setLines((all) => all.filter((_, i) => i !== index));
                      }}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
      <Flex justify="space-between" align="flex-start" gap={24} wrap>
        <Flex vertical gap={8}>
          {editable && (
            <Flex gap={8} wrap align="center">
              <Button icon={<PlusOutlined />} onClick={() => setLines((all) => [...all, emptyDraft()])}>
                {t('lineItems.add')}
              </Button>
              <Button type="primary" loading={save.isPending} disabled={!dirty} onClick={() => void submit()}>
                {t('lineItems.save')}
              </Button>
              {dirty && (
                <>
                  <Button icon={<UndoOutlined />} onClick={() => setLines(saved)}>
                    {t('lineItems.discard')}
                  </Button>
                  <Tag color="orange">{t('lineItems.unsaved')}</Tag>
                </>
              )}
            </Flex>
          )}
          {editable && (
            <Typography.Text type="secondary" className="line-items__hint">
              {priceListId !== null ? (
                <>
                  {t('lineItems.pricedFrom')}{' '}
                  <Link to={`/o/priceList/${priceListId}`}>
                    {String(priceList.data?.name ?? `#${priceListId}`)}
                  </Link>
                  {t('lineItems.pricedFromRest')}
                </>
              ) : (
                t('lineItems.pricedFromListPrice')
              )}
            </Typography.Text>
          )}
        </Flex>
        <LineTotals totals={checked.totals} />
      </Flex>
    </Flex>
  );
}

/** Why the lines are locked, in the words of the record's object. */
function lockedMessageKey(object: string, status: unknown) {
  if (object === 'quote' && status === 'pendingApproval') return 'lineItems.locked.quotePending' as const;
  if (object === 'quote') return 'lineItems.locked.quote' as const;
  if (object === 'contract') return 'lineItems.locked.contract' as const;
  return 'lineItems.locked.other' as const;
}

/** A number of a locked line, formatted for reading. */
function readOnlyNumber(field: NumberField, value: string, locale: 'zh-CN' | 'en'): string {
  if (field === 'unitPrice') return formatCny(value, { locale });
  if (field === 'quantity')
    return new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(Number(value));
  return `${value}%`;
}
