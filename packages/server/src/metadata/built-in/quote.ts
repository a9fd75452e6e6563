import { type BuiltInObject, choices, field, lookup, money } from './built-in-object.ts';

/** Choices with the tag colour of some of them (Ant Design preset names). */
function withColors(
  options: ReturnType<typeof choices>,
  colors: Record<string, string>,
): ReturnType<typeof choices> {
  return {
    choices: options.choices.map((choice) =>
      colors[choice.value] ? { ...choice, color: colors[choice.value] } : choice,
    ),
  };
}

/** 报价单: priced lines offered to an account for an opportunity; revised in versions. */
export const QUOTE: BuiltInObject = {
  apiName: 'quote',
  label: { 'zh-CN': '报价单', en: 'Quote' },
  pluralLabel: { en: 'Quotes' },
  icon: 'file-text',
  nameField: 'name',
  fields: [
    field('name', 'text', '报价主题', 'Subject', { required: true }),
    field('number', 'autoNumber', '报价单号', 'Quote number', { options: { pattern: 'BJ-{YYYY}-{0000}' } }),
    lookup('opportunity', 'opportunity', '商机', 'Opportunity', { onDelete: 'restrict' }),
    lookup('account', 'account', '客户', 'Account', { onDelete: 'restrict' }),
    lookup('contact', 'contact', '联系人', 'Contact'),
    lookup('priceList', 'priceList', '价目表', 'Price list'),
    field('status', 'select', '状态', 'Status', {
      options: withColors(
        choices([
          ['draft', '草稿', 'Draft'],
          ['pendingApproval', '待审批', 'Pending approval'],
          ['approved', '已批准', 'Approved'],
          ['sent', '已发送', 'Sent'],
          ['accepted', '已接受', 'Accepted'],
          ['rejected', '已拒绝', 'Rejected'],
          ['expired', '已过期', 'Expired'],
        ]),
        // Waiting is orange, with the customer blue, done green, refused red (the quote page's tags too).
        { pendingApproval: 'orange', approved: 'cyan', sent: 'blue', accepted: 'green', rejected: 'red' },
      ),
      managed: true,
    }),
    field('revision', 'number', '版本', 'Revision', { options: { scale: 0 }, managed: true }),
    field('quoteDate', 'date', '报价日期', 'Quote date'),
    field('validUntil', 'date', '有效期至', 'Valid until'),
    money('subtotal', '折前金额', 'Subtotal', { managed: true }),
    money('discountAmount', '折扣金额', 'Discount', { managed: true }),
    money('taxAmount', '税额', 'Tax', { managed: true }),
    money('total', '报价总额', 'Total', { managed: true }),
    field('maxDiscount', 'percent', '最大折扣率', 'Largest discount', {
      options: { scale: 2 },
      managed: true,
    }),
    field('terms', 'longText', '条款', 'Terms'),
    field('description', 'longText', '备注', 'Notes'),
  ],
};
