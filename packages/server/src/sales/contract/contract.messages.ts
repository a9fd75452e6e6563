import { defineMessages } from '../../platform/i18n.ts';

/**
 * Errors of contracts. Messages naming a status, an action or fields take each in both languages as
 * parameters (`statusZh`/`statusEn`, …), because behaviours raise them without knowing the request's language.
 */
export const CONTRACT_MESSAGES = defineMessages({
  'contract.invalid_transition': {
    'zh-CN': '合同当前状态为「{statusZh}」，不能执行「{actionZh}」',
    en: 'A contract that is {statusEn} cannot be {actionEn}',
  },
  'contract.locked_fields': {
    'zh-CN': '合同{statusZh}，关键字段不能修改：{fieldsZh}。如需修改，请撤回审批或发起合同变更',
    en: 'The contract is {statusEn}: its key fields cannot be changed ({fieldsEn}). Withdraw it or amend it instead',
  },
  'contract.locked_field': {
    'zh-CN': '合同提交审批后，此字段不能修改',
    en: 'This field is locked once the contract is submitted for approval',
  },
  'contract.submitter_cannot_decide': {
    'zh-CN': '不能审批自己提交的合同',
    en: 'You cannot approve or reject a contract you submitted yourself',
  },
  'contract.reason_required': { 'zh-CN': '请填写原因', en: 'Give a reason' },
  'contract.amount_required': {
    'zh-CN': '提交审批前请填写大于 0 的合同金额',
    en: 'Enter a contract amount above zero before submitting',
  },
  'contract.account_required': {
    'zh-CN': '提交审批前请选择客户',
    en: 'Choose the account before submitting',
  },
  'contract.plan_total_mismatch': {
    'zh-CN': '回款计划合计 ¥{total} 与合同金额 ¥{amount} 不一致',
    en: 'The payment plan totals ¥{total} but the contract amount is ¥{amount}',
  },
  'contract.not_fully_paid': {
    'zh-CN': '合同尚有应收余额 ¥{receivable}，不能完成；如不再收款，请终止合同',
    en: 'The contract still has ¥{receivable} receivable and cannot be completed; terminate it if no more is due',
  },
  'contract.not_deletable': {
    'zh-CN': '只有草稿状态的合同可以删除',
    en: 'Only draft contracts can be deleted',
  },
  'contract.not_amendable': {
    'zh-CN': '只有已批准或已签订的合同可以变更',
    en: 'Only approved or signed contracts can be amended',
  },
  'contract.amendment_open': {
    'zh-CN': '该合同已有进行中的变更（{number}）',
    en: 'This contract already has an amendment in progress ({number})',
  },
  'contract.amendment_below_received': {
    'zh-CN': '变更后的合同金额 ¥{amount} 低于原合同已回款 ¥{received}',
    en: 'The amended amount ¥{amount} is below the ¥{received} already received on the original contract',
  },
  'contract.opportunity_not_won': {
    'zh-CN': '只有已赢单的商机可以创建合同',
    en: 'Only a won opportunity can become a contract',
  },
  'contract.quote_not_accepted': {
    'zh-CN': '只有客户已接受的报价单可以创建合同',
    en: 'Only an accepted quote can become a contract',
  },
  'contract.already_created': {
    'zh-CN': '已由此创建过合同 {number}',
    en: 'Contract {number} was already created from it',
  },
});

/** Action names as messages use them. */
export const CONTRACT_ACTION_WORDS: Record<string, { zh: string; en: string }> = {
  submit: { zh: '提交审批', en: 'submitted' },
  withdraw: { zh: '撤回', en: 'withdrawn' },
  approve: { zh: '批准', en: 'approved' },
  reject: { zh: '驳回', en: 'rejected' },
  sign: { zh: '签订', en: 'signed' },
  complete: { zh: '完成', en: 'completed' },
  terminate: { zh: '终止', en: 'terminated' },
  supersede: { zh: '被变更取代', en: 'superseded' },
};
