import { defineMessages } from '../../platform/i18n.ts';

/** Errors of priced lines, including the line checks of `computeQuoteTotals` (`quote.line.*`). */
export const LINE_ITEM_MESSAGES = defineMessages({
  'lineItems.not_supported': {
    'zh-CN': '「{object}」没有明细行',
    en: '"{object}" records have no lines',
  },
  'lineItems.unknown_product': {
    'zh-CN': '产品 #{id} 不存在或已删除',
    en: 'Product #{id} does not exist or was deleted',
  },
  'lineItems.name_required': {
    'zh-CN': '请选择产品或填写名称',
    en: 'Choose a product or enter a name',
  },
  'lineItems.price_required': {
    'zh-CN': '该产品在价目表中没有价格，也没有标准价格，请填写单价',
    en: 'The product has no price in the price list and no list price; enter a unit price',
  },
  'lineItems.contract_locked': {
    'zh-CN': '合同已提交审批或已生效，明细行已锁定；如需修改请走合同变更',
    en: 'The contract has been submitted for approval or is in force, so its lines are locked; change it through an amendment',
  },
  'lineItems.quote_locked': {
    'zh-CN': '报价单已提交审批或已发送，明细行已锁定；请先“修订”生成新版本',
    en: 'The quote has been submitted for approval or sent, so its lines are locked; revise it to start a new revision',
  },
  'quote.line.not_a_number': { 'zh-CN': '请输入数字', en: 'Enter a number' },
  'quote.line.too_many_decimals': {
    'zh-CN': '最多 {max} 位小数',
    en: 'At most {max} decimal places',
  },
  'quote.line.negative': { 'zh-CN': '不能为负数', en: 'Must not be negative' },
  'quote.line.percent_above_100': { 'zh-CN': '不能超过 100%', en: 'Must not exceed 100%' },
});
