import { type BuiltInObject, choices, field, lookup, money, SOURCE_CHOICES } from './built-in-object.ts';

/** 商机: a possible sale to an account, moving through the stages of a pipeline. */
export const OPPORTUNITY: BuiltInObject = {
  apiName: 'opportunity',
  label: { 'zh-CN': '商机', en: 'Opportunity' },
  pluralLabel: { en: 'Opportunities' },
  icon: 'fund',
  nameField: 'name',
  fields: [
    field('name', 'text', '商机名称', 'Opportunity name', { required: true }),
    lookup('account', 'account', '客户', 'Account', { onDelete: 'restrict' }),
    lookup('contact', 'contact', '联系人', 'Contact'),
    lookup('pipeline', 'pipeline', '销售流程', 'Pipeline', { onDelete: 'restrict' }),
    lookup('stage', 'pipelineStage', '阶段', 'Stage', { onDelete: 'restrict' }),
    money('amount', '金额', 'Amount'),
    lookup('priceList', 'priceList', '价目表', 'Price list'),
    field('closeDate', 'date', '预计成交日期', 'Expected close date'),
    field('probability', 'percent', '赢率', 'Win probability', {
      options: { scale: 0, min: 0, max: 100 },
      managed: true,
    }),
    field('status', 'select', '状态', 'Status', {
      options: choices([
        ['open', '进行中', 'Open'],
        ['won', '赢单', 'Won'],
        ['lost', '输单', 'Lost'],
      ]),
      managed: true,
    }),
    field('forecastCategory', 'select', '预测类别', 'Forecast category', {
      options: choices([
        ['pipeline', '管道', 'Pipeline'],
        ['bestCase', '最佳情况', 'Best case'],
        ['commit', '承诺', 'Commit'],
        ['omitted', '不计入', 'Omitted'],
      ]),
    }),
    field('source', 'select', '来源', 'Source', { options: SOURCE_CHOICES }),
    field('nextStep', 'text', '下一步', 'Next step'),
    field('lossReason', 'select', '输单原因', 'Loss reason', {
      options: choices([
        ['price', '价格', 'Price'],
        ['competitor', '选择了竞争对手', 'Chose a competitor'],
        ['budget', '预算不足', 'No budget'],
        ['timing', '时机不对', 'Timing'],
        ['noDecision', '未决策', 'No decision'],
        ['requirements', '需求不匹配', 'Requirements not met'],
        ['other', '其他', 'Other'],
      ]),
    }),
    field('lossNote', 'longText', '输单说明', 'Loss note'),
    field('stageEnteredAt', 'datetime', '进入当前阶段时间', 'In stage since', { managed: true }),
    field('closedAt', 'datetime', '结束时间', 'Closed at', { managed: true }),
    lookup('lead', 'lead', '来源线索', 'Original lead', { managed: true }),
    field('description', 'longText', '备注', 'Notes'),
  ],
};
