import { type BuiltInObject, choices, field, lookup } from './built-in-object.ts';

/** 销售流程: an ordered set of stages opportunities move through (one per product line, say). */
export const PIPELINE: BuiltInObject = {
  apiName: 'pipeline',
  label: { 'zh-CN': '销售流程', en: 'Pipeline' },
  pluralLabel: { en: 'Pipelines' },
  icon: 'branches',
  nameField: 'name',
  fields: [
    field('name', 'text', '名称', 'Name', { required: true }),
    field('isDefault', 'boolean', '默认流程', 'Default'),
    field('active', 'boolean', '启用', 'Active'),
    field('description', 'longText', '说明', 'Description'),
  ],
};

/** 商机阶段: one stage of a pipeline, with its win probability and expected duration. */
export const PIPELINE_STAGE: BuiltInObject = {
  apiName: 'pipelineStage',
  label: { 'zh-CN': '商机阶段', en: 'Stage' },
  pluralLabel: { en: 'Stages' },
  icon: 'ordered-list',
  nameField: 'name',
  fields: [
    field('name', 'text', '阶段名称', 'Stage name', { required: true }),
    lookup('pipeline', 'pipeline', '所属流程', 'Pipeline', { required: true, onDelete: 'restrict' }),
    field('position', 'number', '顺序', 'Order', { required: true, options: { scale: 0 } }),
    field('probability', 'percent', '赢率', 'Win probability', { options: { scale: 0, min: 0, max: 100 } }),
    field('targetConversion', 'percent', '目标转化率', 'Target conversion', {
      options: { scale: 0, min: 0, max: 100 },
    }),
    field('expectedDaysMin', 'number', '预计最短天数', 'Expected days (min)', {
      options: { scale: 0, min: 0 },
    }),
    field('expectedDaysMax', 'number', '预计最长天数', 'Expected days (max)', {
      options: { scale: 0, min: 0 },
    }),
    field('kind', 'select', '类型', 'Kind', {
      required: true,
      options: choices([
        ['open', '进行中', 'Open'],
        ['won', '赢单', 'Won'],
        ['lost', '输单', 'Lost'],
      ]),
    }),
  ],
};
