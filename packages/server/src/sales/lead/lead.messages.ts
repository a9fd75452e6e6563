import { defineMessages } from '../../platform/i18n.ts';

/** Messages of lead behaviour and conversion. */
export const LEAD_MESSAGES = defineMessages({
  'lead.convert_through_action': {
    'zh-CN': '线索状态只能通过“转化”操作设为已转化',
    en: 'A lead becomes converted only through the Convert action',
  },
  'lead.converted_locked': {
    'zh-CN': '线索已转化，{field} 等关键字段不能再修改',
    en: 'The lead is converted: {field} and its other key fields can no longer be changed',
  },
  'lead.already_converted': {
    'zh-CN': '该线索已转化，不能重复转化',
    en: 'This lead is already converted',
  },
  'lead.contact_of_other_account': {
    'zh-CN': '所选联系人属于另一个客户，请选择该客户或新建联系人',
    en: 'The chosen contact belongs to another account: choose that account or create a new contact',
  },
  'lead.opportunity_needs_account': {
    'zh-CN': '商机必须关联客户',
    en: 'An opportunity needs an account',
  },
});
