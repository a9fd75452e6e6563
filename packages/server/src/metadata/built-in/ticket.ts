import { type BuiltInObject, choices, field, lookup } from './built-in-object.ts';

/** 服务工单: a request, complaint or question from a customer after the sale (S-1). */
export const TICKET: BuiltInObject = {
  apiName: 'ticket',
  label: { 'zh-CN': '服务工单', en: 'Service ticket' },
  pluralLabel: { en: 'Service tickets' },
  icon: 'customer-service',
  nameField: 'subject',
  fields: [
    field('subject', 'text', '主题', 'Subject', { required: true }),
    field('number', 'autoNumber', '工单编号', 'Ticket number', { options: { pattern: 'GD-{YYYY}-{00000}' } }),
    lookup('account', 'account', '客户', 'Account'),
    lookup('contact', 'contact', '联系人', 'Contact'),
    lookup('contract', 'contract', '合同', 'Contract'),
    field('type', 'select', '类型', 'Type', {
      required: true,
      options: choices([
        ['request', '服务请求', 'Request'],
        ['complaint', '投诉', 'Complaint'],
        ['inquiry', '咨询', 'Inquiry'],
      ]),
    }),
    field('priority', 'select', '优先级', 'Priority', {
      options: choices([
        ['low', '低', 'Low'],
        ['normal', '普通', 'Normal'],
        ['high', '高', 'High'],
        ['urgent', '紧急', 'Urgent'],
      ]),
    }),
    field('status', 'select', '状态', 'Status', {
      options: choices([
        ['open', '待处理', 'Open'],
        ['inProgress', '处理中', 'In progress'],
        ['resolved', '已解决', 'Resolved'],
        ['closed', '已关闭', 'Closed'],
      ]),
    }),
    field('description', 'longText', '问题描述', 'Description'),
    field('resolution', 'longText', '处理结果', 'Resolution'),
    field('resolvedAt', 'datetime', '解决时间', 'Resolved at', { managed: true }),
  ],
};
