import {
  type BuiltInObject,
  choices,
  field,
  INDUSTRY_CHOICES,
  lookup,
  SOURCE_CHOICES,
} from './built-in-object.ts';

/** 线索: a person or company that may buy, until converted into an account, contact and opportunity. */
export const LEAD: BuiltInObject = {
  apiName: 'lead',
  label: { 'zh-CN': '线索', en: 'Lead' },
  pluralLabel: { en: 'Leads' },
  icon: 'user-add',
  nameField: 'name',
  fields: [
    field('name', 'text', '姓名', 'Name', { required: true }),
    field('company', 'text', '公司', 'Company'),
    field('title', 'text', '职务', 'Job title'),
    field('phone', 'phone', '电话', 'Phone'),
    field('email', 'email', '邮箱', 'Email'),
    field('source', 'select', '来源', 'Source', { options: SOURCE_CHOICES }),
    field('status', 'select', '状态', 'Status', {
      options: choices([
        ['new', '新线索', 'New'],
        ['contacted', '已联系', 'Contacted'],
        ['qualified', '已确认', 'Qualified'],
        ['unqualified', '无效', 'Unqualified'],
        ['converted', '已转化', 'Converted'],
      ]),
    }),
    field('region', 'region', '地区', 'Region'),
    field('industry', 'select', '行业', 'Industry', { options: INDUSTRY_CHOICES }),
    field('campaign', 'text', '市场活动', 'Campaign'),
    field('utmSource', 'text', 'UTM 来源', 'UTM source'),
    field('utmMedium', 'text', 'UTM 媒介', 'UTM medium'),
    field('utmCampaign', 'text', 'UTM 活动', 'UTM campaign'),
    field('utmTerm', 'text', 'UTM 关键词', 'UTM term'),
    field('utmContent', 'text', 'UTM 内容', 'UTM content'),
    field('referrer', 'url', '来源页面', 'Referrer'),
    field('description', 'longText', '备注', 'Notes'),
    // Set by intake when a new lead matches an existing one and duplicates are linked, not merged.
    lookup('duplicateOf', 'lead', '疑似重复', 'Possible duplicate of', { managed: true }),
    lookup('convertedAccount', 'account', '转化客户', 'Converted account', { managed: true }),
    lookup('convertedContact', 'contact', '转化联系人', 'Converted contact', { managed: true }),
    lookup('convertedOpportunity', 'opportunity', '转化商机', 'Converted opportunity', { managed: true }),
    field('convertedAt', 'datetime', '转化时间', 'Converted at', { managed: true }),
    // First response: due in business time from when the lead reached its owner; met or breached.
    field('responseDueAt', 'datetime', '首次响应截止', 'First response due', { managed: true }),
    field('firstResponseAt', 'datetime', '首次响应时间', 'First response at', { managed: true }),
    field('responseMinutes', 'number', '首次响应用时（工作分钟）', 'First response (business minutes)', {
      managed: true,
      options: { scale: 0, min: 0 },
    }),
    field('responseStatus', 'select', '首次响应', 'First response', {
      managed: true,
      options: choices([
        ['pending', '待响应', 'Pending'],
        ['met', '按时响应', 'Met'],
        ['breached', '超时', 'Breached'],
      ]),
    }),
  ],
};
