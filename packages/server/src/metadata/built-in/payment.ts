import { type BuiltInObject, choices, field, lookup, money } from './built-in-object.ts';

const PAYMENT_STATUS = choices([
  ['unpaid', '未回款', 'Unpaid'],
  ['partial', '部分回款', 'Partly paid'],
  ['paid', '已回款', 'Paid'],
  ['overdue', '逾期', 'Overdue'],
]);

/** 回款计划: one instalment of a contract, due on a date (L-5). */
export const PAYMENT_PLAN: BuiltInObject = {
  apiName: 'paymentPlan',
  label: { 'zh-CN': '回款计划', en: 'Payment plan' },
  pluralLabel: { en: 'Payment plans' },
  icon: 'schedule',
  nameField: 'name',
  fields: [
    field('name', 'text', '期次', 'Instalment', { required: true }),
    lookup('contract', 'contract', '合同', 'Contract', { required: true, onDelete: 'restrict' }),
    field('instalment', 'number', '期数', 'Instalment number', { options: { scale: 0, min: 1 } }),
    field('dueDate', 'date', '计划回款日期', 'Due date', { required: true }),
    money('amount', '计划回款金额', 'Amount due', { required: true }),
    money('receivedAmount', '已回款', 'Received', { managed: true }),
    field('status', 'select', '回款状态', 'Status', { options: PAYMENT_STATUS, managed: true }),
    field('description', 'longText', '备注', 'Notes'),
  ],
};

/** 回款: money received against a contract, matched to an instalment. */
export const PAYMENT: BuiltInObject = {
  apiName: 'payment',
  label: { 'zh-CN': '回款', en: 'Payment' },
  pluralLabel: { en: 'Payments' },
  icon: 'money-collect',
  nameField: 'number',
  fields: [
    field('number', 'autoNumber', '回款编号', 'Payment number', { options: { pattern: 'HK-{YYYY}-{0000}' } }),
    lookup('contract', 'contract', '合同', 'Contract', { required: true, onDelete: 'restrict' }),
    lookup('paymentPlan', 'paymentPlan', '回款计划', 'Instalment'),
    lookup('account', 'account', '客户', 'Account', { managed: true }),
    money('amount', '回款金额', 'Amount', { required: true }),
    field('receivedOn', 'date', '回款日期', 'Received on', { required: true }),
    field('method', 'select', '回款方式', 'Method', {
      options: choices([
        ['bankTransfer', '银行转账', 'Bank transfer'],
        ['acceptanceBill', '承兑汇票', 'Bank acceptance bill'],
        ['cheque', '支票', 'Cheque'],
        ['cash', '现金', 'Cash'],
        ['alipay', '支付宝', 'Alipay'],
        ['wechatPay', '微信支付', 'WeChat Pay'],
        ['other', '其他', 'Other'],
      ]),
    }),
    field('reference', 'text', '交易流水号', 'Reference'),
    field('description', 'longText', '备注', 'Notes'),
  ],
};
