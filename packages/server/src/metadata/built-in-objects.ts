import type { FieldType } from './field-types/index.ts';
import type { Labels } from './metadata-model.ts';

/** A field of a built-in object as declared in code. */
export interface BuiltInField {
  apiName: string;
  type: FieldType;
  label: Labels;
  required?: boolean;
  options?: Record<string, unknown>;
}

/** A built-in object as declared in code; created (when missing) by the same machinery as custom objects. */
export interface BuiltInObject {
  apiName: string;
  label: Labels;
  icon: string;
  nameField: string;
  fields: BuiltInField[];
}

const choices = (entries: Array<[string, string, string]>) => ({
  choices: entries.map(([value, zh, en]) => ({ value, label: { 'zh-CN': zh, en } })),
});

const name = (zh: string, en: string): BuiltInField => ({
  apiName: 'name',
  type: 'text',
  label: { 'zh-CN': zh, en },
  required: true,
});

/** The built-in objects in creation order (a lookup's target comes before the lookup). */
export const BUILT_IN_OBJECTS: BuiltInObject[] = [
  {
    apiName: 'lead',
    label: { 'zh-CN': '线索', en: 'Lead' },
    icon: 'user-add',
    nameField: 'name',
    fields: [
      name('姓名', 'Name'),
      { apiName: 'company', type: 'text', label: { 'zh-CN': '公司', en: 'Company' } },
      { apiName: 'phone', type: 'phone', label: { 'zh-CN': '电话', en: 'Phone' } },
      { apiName: 'email', type: 'email', label: { 'zh-CN': '邮箱', en: 'Email' } },
      {
        apiName: 'source',
        type: 'select',
        label: { 'zh-CN': '来源', en: 'Source' },
        options: choices([
          ['website', '官网', 'Website'],
          ['referral', '转介绍', 'Referral'],
          ['exhibition', '展会', 'Exhibition'],
          ['coldCall', '电话拓展', 'Cold call'],
          ['other', '其他', 'Other'],
        ]),
      },
      {
        apiName: 'status',
        type: 'select',
        label: { 'zh-CN': '状态', en: 'Status' },
        options: choices([
          ['new', '新线索', 'New'],
          ['contacted', '已联系', 'Contacted'],
          ['qualified', '已确认', 'Qualified'],
          ['unqualified', '无效', 'Unqualified'],
          ['converted', '已转化', 'Converted'],
        ]),
      },
      { apiName: 'region', type: 'region', label: { 'zh-CN': '地区', en: 'Region' } },
    ],
  },
  {
    apiName: 'account',
    label: { 'zh-CN': '客户', en: 'Account' },
    icon: 'bank',
    nameField: 'name',
    fields: [
      name('客户名称', 'Account name'),
      {
        apiName: 'industry',
        type: 'select',
        label: { 'zh-CN': '行业', en: 'Industry' },
        options: choices([
          ['manufacturing', '制造业', 'Manufacturing'],
          ['it', '信息技术', 'Information technology'],
          ['finance', '金融', 'Finance'],
          ['retail', '零售', 'Retail'],
          ['education', '教育', 'Education'],
          ['other', '其他', 'Other'],
        ]),
      },
      {
        apiName: 'level',
        type: 'select',
        label: { 'zh-CN': '客户等级', en: 'Level' },
        options: choices([
          ['a', 'A 类（重点）', 'A (key)'],
          ['b', 'B 类（普通）', 'B (regular)'],
          ['c', 'C 类（一般）', 'C (minor)'],
        ]),
      },
      { apiName: 'phone', type: 'phone', label: { 'zh-CN': '电话', en: 'Phone' } },
      { apiName: 'website', type: 'url', label: { 'zh-CN': '网址', en: 'Website' } },
      { apiName: 'region', type: 'region', label: { 'zh-CN': '地区', en: 'Region' } },
    ],
  },
  {
    apiName: 'contact',
    label: { 'zh-CN': '联系人', en: 'Contact' },
    icon: 'contacts',
    nameField: 'name',
    fields: [
      name('姓名', 'Name'),
      {
        apiName: 'account',
        type: 'lookup',
        label: { 'zh-CN': '所属客户', en: 'Account' },
        options: { target: 'account', onDelete: 'setNull' },
      },
      { apiName: 'phone', type: 'phone', label: { 'zh-CN': '电话', en: 'Phone' } },
      { apiName: 'email', type: 'email', label: { 'zh-CN': '邮箱', en: 'Email' } },
      { apiName: 'title', type: 'text', label: { 'zh-CN': '职务', en: 'Job title' } },
    ],
  },
  {
    apiName: 'opportunity',
    label: { 'zh-CN': '商机', en: 'Opportunity' },
    icon: 'fund',
    nameField: 'name',
    fields: [
      name('商机名称', 'Opportunity name'),
      {
        apiName: 'account',
        type: 'lookup',
        label: { 'zh-CN': '客户', en: 'Account' },
        options: { target: 'account', onDelete: 'restrict' },
      },
      {
        apiName: 'amount',
        type: 'currency',
        label: { 'zh-CN': '金额', en: 'Amount' },
        options: { currency: 'CNY' },
      },
      { apiName: 'closeDate', type: 'date', label: { 'zh-CN': '预计成交日期', en: 'Expected close date' } },
      { apiName: 'stage', type: 'text', label: { 'zh-CN': '阶段', en: 'Stage' } },
    ],
  },
  {
    apiName: 'product',
    label: { 'zh-CN': '产品', en: 'Product' },
    icon: 'shopping',
    nameField: 'name',
    fields: [
      name('产品名称', 'Product name'),
      { apiName: 'code', type: 'text', label: { 'zh-CN': '产品编码', en: 'Product code' } },
      {
        apiName: 'listPrice',
        type: 'currency',
        label: { 'zh-CN': '标准价格', en: 'List price' },
        options: { currency: 'CNY' },
      },
      { apiName: 'unit', type: 'text', label: { 'zh-CN': '单位', en: 'Unit' } },
    ],
  },
  {
    apiName: 'task',
    label: { 'zh-CN': '任务', en: 'Task' },
    icon: 'check-square',
    nameField: 'subject',
    fields: [
      { apiName: 'subject', type: 'text', label: { 'zh-CN': '主题', en: 'Subject' }, required: true },
      { apiName: 'dueAt', type: 'datetime', label: { 'zh-CN': '截止时间', en: 'Due' } },
      {
        apiName: 'status',
        type: 'select',
        label: { 'zh-CN': '状态', en: 'Status' },
        options: choices([
          ['open', '未开始', 'Open'],
          ['inProgress', '进行中', 'In progress'],
          ['done', '已完成', 'Done'],
        ]),
      },
    ],
  },
  {
    apiName: 'followUp',
    label: { 'zh-CN': '跟进记录', en: 'Follow-up' },
    icon: 'message',
    nameField: 'content',
    fields: [
      {
        apiName: 'type',
        type: 'select',
        label: { 'zh-CN': '跟进方式', en: 'Type' },
        options: choices([
          ['phone', '电话', 'Phone call'],
          ['visit', '拜访', 'Visit'],
          ['email', '邮件', 'Email'],
          ['wechat', '微信', 'WeChat'],
          ['meeting', '会议', 'Meeting'],
        ]),
      },
      { apiName: 'content', type: 'longText', label: { 'zh-CN': '跟进内容', en: 'Notes' }, required: true },
      { apiName: 'occurredAt', type: 'datetime', label: { 'zh-CN': '跟进时间', en: 'When' } },
    ],
  },
];
