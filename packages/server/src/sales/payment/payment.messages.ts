import { defineMessages } from '../../platform/i18n.ts';

/** Errors of payment plans and payments (L-5). */
export const PAYMENT_MESSAGES = defineMessages({
  'payment.contract_not_collecting': {
    'zh-CN': '只有已批准或已签订的合同可以登记或修改回款',
    en: 'Payments are recorded and changed only on approved or signed contracts',
  },
  'payment.amount_not_positive': { 'zh-CN': '回款金额必须大于 0', en: 'The amount must be above zero' },
  'payment.exceeds_receivable': {
    'zh-CN': '回款金额超过合同应收余额 ¥{receivable}',
    en: 'The amount exceeds the contract’s receivable of ¥{receivable}',
  },
  'payment.exceeds_instalment': {
    'zh-CN': '回款金额超过该期未回款金额 ¥{remaining}',
    en: 'The amount exceeds the ¥{remaining} still due on this instalment',
  },
  'payment.instalment_not_of_contract': {
    'zh-CN': '该回款计划不属于此合同',
    en: 'This instalment belongs to another contract',
  },
  'payment.contract_not_visible': {
    'zh-CN': '合同不存在或无权查看',
    en: 'The contract does not exist or is not visible to you',
  },
  'paymentPlan.contract_locked': {
    'zh-CN': '合同提交审批后回款计划不能修改；如需调整，请撤回审批或发起合同变更',
    en: 'The payment plan is locked once the contract is submitted; withdraw or amend the contract to change it',
  },
  'paymentPlan.total_mismatch': {
    'zh-CN': '回款计划合计 ¥{total} 与合同金额 ¥{amount} 不一致',
    en: 'The instalments total ¥{total} but the contract amount is ¥{amount}',
  },
});
