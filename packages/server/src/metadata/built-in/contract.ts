import { type BuiltInObject, choices, field, lookup, money } from './built-in-object.ts';

/** 合同: what the customer signed; key fields lock from pending approval on (L-4). */
export const CONTRACT: BuiltInObject = {
  apiName: 'contract',
  label: { 'zh-CN': '合同', en: 'Contract' },
  pluralLabel: { en: 'Contracts' },
  icon: 'file-protect',
  nameField: 'name',
  fields: [
    field('name', 'text', '合同名称', 'Contract name', { required: true }),
    field('number', 'autoNumber', '合同编号', 'Contract number', {
      options: { pattern: 'HT-{YYYY}-{0000}' },
    }),
    lookup('account', 'account', '客户', 'Account', { onDelete: 'restrict' }),
    lookup('opportunity', 'opportunity', '商机', 'Opportunity', { onDelete: 'restrict' }),
    lookup('quote', 'quote', '报价单', 'Quote'),
    lookup('contact', 'contact', '客户签约人', 'Customer signatory'),
    field('partyA', 'text', '甲方', 'Party A (customer)'),
    field('partyB', 'text', '乙方', 'Party B (our company)'),
    money('amount', '合同金额', 'Contract amount'),
    field('signDate', 'date', '签订日期', 'Signing date'),
    field('startDate', 'date', '开始日期', 'Start date'),
    field('endDate', 'date', '结束日期', 'End date'),
    field('status', 'select', '状态', 'Status', {
      options: choices([
        ['draft', '草稿', 'Draft'],
        ['pendingApproval', '审批中', 'Pending approval'],
        ['approved', '已批准', 'Approved'],
        ['signed', '已签订', 'Signed'],
        ['completed', '已完成', 'Completed'],
        ['terminated', '已终止', 'Terminated'],
      ]),
      managed: true,
    }),
    field('paymentTerms', 'longText', '付款条件', 'Payment terms'),
    field('terms', 'longText', '合同条款', 'Terms'),
    money('receivedAmount', '已回款', 'Received', { managed: true }),
    money('receivableAmount', '应收余额', 'Receivable', { managed: true }),
    field('paymentStatus', 'select', '回款状态', 'Payment status', {
      options: choices([
        ['unpaid', '未回款', 'Unpaid'],
        ['partial', '部分回款', 'Partly paid'],
        ['paid', '已回款', 'Paid'],
        ['overdue', '逾期', 'Overdue'],
      ]),
      managed: true,
    }),
    lookup('amends', 'contract', '变更自', 'Amends', { managed: true }),
    lookup('supersededBy', 'contract', '被变更为', 'Superseded by', { managed: true }),
    field('approvedAt', 'datetime', '批准时间', 'Approved at', { managed: true }),
    field('approvedBy', 'user', '批准人', 'Approved by', { managed: true }),
    field('files', 'attachment', '合同附件', 'Contract files'),
    field('description', 'longText', '备注', 'Notes'),
  ],
};
