import { type BuiltInObject, field, lookup } from './built-in-object.ts';

/** 联系人: a person at an account. */
export const CONTACT: BuiltInObject = {
  apiName: 'contact',
  label: { 'zh-CN': '联系人', en: 'Contact' },
  pluralLabel: { en: 'Contacts' },
  icon: 'contacts',
  nameField: 'name',
  fields: [
    field('name', 'text', '姓名', 'Name', { required: true }),
    lookup('account', 'account', '所属客户', 'Account'),
    field('title', 'text', '职务', 'Job title'),
    field('department', 'text', '部门', 'Department'),
    field('phone', 'phone', '电话', 'Phone'),
    field('email', 'email', '邮箱', 'Email'),
    field('wechat', 'text', '微信', 'WeChat'),
    field('isPrimary', 'boolean', '首要联系人', 'Primary contact'),
    lookup('lead', 'lead', '来源线索', 'Original lead', { managed: true }),
    field('description', 'longText', '备注', 'Notes'),
  ],
};
