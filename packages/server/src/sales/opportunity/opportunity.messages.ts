import { defineMessages } from '../../platform/i18n.ts';

/** Messages of the opportunity's stage rules. */
export const OPPORTUNITY_MESSAGES = defineMessages({
  'opportunity.no_default_pipeline': {
    'zh-CN': '没有默认销售流程，请先在设置中创建一个',
    en: 'There is no default pipeline; create one in the settings first',
  },
  'opportunity.unknown_pipeline': {
    'zh-CN': '销售流程不存在或已删除',
    en: 'The pipeline does not exist or was deleted',
  },
  'opportunity.pipeline_inactive': {
    'zh-CN': '销售流程已停用，不能放入新的商机',
    en: 'The pipeline is inactive and takes no new opportunities',
  },
  'opportunity.pipeline_without_open_stage': {
    'zh-CN': '该销售流程还没有进行中的阶段',
    en: 'The pipeline has no open stage yet',
  },
  'opportunity.unknown_stage': {
    'zh-CN': '阶段不存在或已删除',
    en: 'The stage does not exist or was deleted',
  },
  'opportunity.stage_not_in_pipeline': {
    'zh-CN': '该阶段不属于商机的销售流程',
    en: 'The stage does not belong to the opportunity’s pipeline',
  },
  'opportunity.stage_required': {
    'zh-CN': '商机必须处于某个阶段',
    en: 'An opportunity is always in a stage',
  },
  'opportunity.pipeline_required': {
    'zh-CN': '商机必须属于某个销售流程',
    en: 'An opportunity always belongs to a pipeline',
  },
  'opportunity.loss_reason_required': {
    'zh-CN': '输单需要填写输单原因',
    en: 'A lost opportunity needs a loss reason',
  },
});
