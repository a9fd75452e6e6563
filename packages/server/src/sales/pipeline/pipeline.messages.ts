import { defineMessages } from '../../platform/i18n.ts';

/** Messages of pipelines and their stages (errors of the records API and of the pipeline settings API). */
export const PIPELINE_MESSAGES = defineMessages({
  'pipeline.default_required': {
    'zh-CN': '必须有一个默认销售流程：请把另一个流程设为默认，而不是取消这个',
    en: 'There must be a default pipeline: make another pipeline the default instead',
  },
  'pipeline.default_inactive': {
    'zh-CN': '默认销售流程不能停用',
    en: 'The default pipeline cannot be deactivated',
  },
  'pipeline.default_not_deletable': {
    'zh-CN': '默认销售流程不能删除，请先把另一个流程设为默认',
    en: 'The default pipeline cannot be deleted; make another pipeline the default first',
  },
  'pipeline.in_use': {
    'zh-CN': '销售流程「{name}」仍有商机使用（含回收站中的商机），不能删除',
    en: 'Pipeline "{name}" is used by opportunities (including those in the recycle bin) and cannot be deleted',
  },
  'pipeline.not_found': { 'zh-CN': '销售流程不存在', en: 'No such pipeline' },
  'pipelineStage.in_use': {
    'zh-CN': '阶段「{name}」仍有商机使用（含回收站中的商机），不能删除或更改类型',
    en: 'Stage "{name}" is used by opportunities (including those in the recycle bin); it cannot be deleted or change its kind',
  },
  'pipelineStage.position_taken': {
    'zh-CN': '该流程中已有顺序为 {position} 的阶段',
    en: 'The pipeline already has a stage at position {position}',
  },
  'pipelineStage.second_won': {
    'zh-CN': '一个销售流程只能有一个赢单阶段',
    en: 'A pipeline has exactly one won stage',
  },
  'pipelineStage.won_required': {
    'zh-CN': '销售流程必须有一个赢单阶段',
    en: 'A pipeline needs its won stage',
  },
  'pipelineStage.lost_required': {
    'zh-CN': '销售流程至少需要一个输单阶段',
    en: 'A pipeline needs at least one lost stage',
  },
  'pipelineStage.open_required': {
    'zh-CN': '销售流程至少需要一个进行中的阶段',
    en: 'A pipeline needs at least one open stage',
  },
  'pipelineStage.pipeline_fixed': {
    'zh-CN': '阶段不能移到另一个销售流程',
    en: 'A stage cannot move to another pipeline',
  },
  'pipelineStage.pipeline_deleted': {
    'zh-CN': '所属销售流程已删除',
    en: 'The stage’s pipeline is deleted',
  },
  'pipelineStage.probability_required': {
    'zh-CN': '进行中的阶段需要填写赢率',
    en: 'An open stage needs a win probability',
  },
  'pipelineStage.days_inverted': {
    'zh-CN': '预计最短天数不能大于最长天数',
    en: 'The minimum expected days cannot exceed the maximum',
  },
  'pipelineStage.duplicate_id': {
    'zh-CN': '阶段列表中同一个阶段出现了两次',
    en: 'The same stage appears twice in the list',
  },
  'pipelineStage.not_in_pipeline': {
    'zh-CN': '阶段不属于这个销售流程',
    en: 'The stage does not belong to this pipeline',
  },
});
