import { type BuiltInObject, choices, field, lookup } from './built-in-object.ts';

/** The records an activity can be about; each activity shows on the timelines of all it names. */
const relatedTo = () => [
  lookup('lead', 'lead', '线索', 'Lead'),
  lookup('account', 'account', '客户', 'Account'),
  lookup('contact', 'contact', '联系人', 'Contact'),
  lookup('opportunity', 'opportunity', '商机', 'Opportunity'),
];

/** 任务: something to do by a due time, with a reminder (P-5). */
export const TASK: BuiltInObject = {
  apiName: 'task',
  label: { 'zh-CN': '任务', en: 'Task' },
  pluralLabel: { en: 'Tasks' },
  icon: 'check-square',
  nameField: 'subject',
  fields: [
    field('subject', 'text', '主题', 'Subject', { required: true }),
    field('dueAt', 'datetime', '截止时间', 'Due'),
    field('remindAt', 'datetime', '提醒时间', 'Remind at'),
    field('status', 'select', '状态', 'Status', {
      options: choices([
        ['open', '未开始', 'Open'],
        ['inProgress', '进行中', 'In progress'],
        ['done', '已完成', 'Done'],
      ]),
    }),
    field('priority', 'select', '优先级', 'Priority', {
      options: choices([
        ['low', '低', 'Low'],
        ['normal', '普通', 'Normal'],
        ['high', '高', 'High'],
      ]),
    }),
    ...relatedTo(),
    field('description', 'longText', '说明', 'Description'),
    field('completedAt', 'datetime', '完成时间', 'Completed at', { managed: true }),
  ],
};

/** 跟进记录: a call, visit, email, WeChat or meeting that happened (C-2). */
export const FOLLOW_UP: BuiltInObject = {
  apiName: 'followUp',
  label: { 'zh-CN': '跟进记录', en: 'Follow-up' },
  pluralLabel: { en: 'Follow-ups' },
  icon: 'message',
  nameField: 'content',
  fields: [
    field('type', 'select', '跟进方式', 'Type', {
      options: choices([
        ['phone', '电话', 'Phone call'],
        ['visit', '拜访', 'Visit'],
        ['email', '邮件', 'Email'],
        ['wechat', '微信', 'WeChat'],
        ['meeting', '会议', 'Meeting'],
      ]),
    }),
    field('content', 'longText', '跟进内容', 'Notes', { required: true }),
    field('occurredAt', 'datetime', '跟进时间', 'When'),
    ...relatedTo(),
    field('nextStep', 'text', '下一步', 'Next step'),
    field('nextFollowUpAt', 'datetime', '下次跟进时间', 'Next follow-up'),
  ],
};
