import { type Decimal, formatCny, isLocale, type QuoteTotals, toChineseCapital } from '@lodestar/shared';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * The lines' totals the way the quote PDF prints them: subtotal, discount, net, tax and the total (价税合计),
 * in Chinese also in capital numerals (大写). Dashes while a line has a problem.
 */
export function LineTotals({ totals }: { totals: QuoteTotals | null }) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'zh-CN';
  const money = (value: Decimal | undefined) => (value ? formatCny(value, { locale }) : '—');
  const rows: Array<[string, string]> = [
    [t('lineItems.totals.subtotal'), money(totals?.subtotal)],
    [
      t('lineItems.totals.discount'),
      totals?.discountTotal.isZero() === false
        ? `-${money(totals.discountTotal)}`
        : money(totals?.discountTotal),
    ],
    [t('lineItems.totals.net'), money(totals?.netTotal)],
    [t('lineItems.totals.tax'), money(totals?.taxTotal)],
  ];
  return (
    <div className="line-items__totals" data-testid="line-totals">
      {rows.map(([label, value]) => (
        <div key={label} className="line-items__totals-row">
          <span>{label}</span>
          <span>{value}</span>
        </div>
      ))}
      <div className="line-items__totals-row line-items__totals-row--grand">
        <span>{t('lineItems.totals.grand')}</span>
        <span data-testid="line-grand-total">{money(totals?.grandTotal)}</span>
      </div>
      {locale === 'zh-CN' && totals && (
        <Typography.Text type="secondary" className="line-items__capital">
          {t('lineItems.totals.capital', { amount: toChineseCapital(totals.grandTotal) })}
        </Typography.Text>
      )}
    </div>
  );
}
