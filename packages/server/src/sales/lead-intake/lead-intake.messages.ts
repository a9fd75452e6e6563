import { defineMessages } from '../../platform/i18n.ts';

defineMessages({
  'lead_form.not_found': { 'zh-CN': '找不到该线索表单', en: 'No such lead form' },
  'lead_form.inactive': {
    'zh-CN': '该表单已停用，暂不接受提交',
    en: 'This form is not accepting submissions',
  },
  'lead_form.origin_not_allowed': {
    'zh-CN': '该网站不允许提交此表单',
    en: 'This website may not submit this form',
  },
  'lead_form.rate_limited': {
    'zh-CN': '提交过于频繁，请 {seconds} 秒后再试',
    en: 'Too many submissions; please try again in {seconds} seconds',
  },
  'lead_form.required': { 'zh-CN': '请填写此项', en: 'Please fill in this field' },
  'lead_form.unknown_field': { 'zh-CN': '线索没有字段「{field}」', en: 'Leads have no field "{field}"' },
  'lead_form.field_not_allowed': {
    'zh-CN': '字段「{field}」不能放在表单上',
    en: 'The field "{field}" cannot be asked for on a form',
  },
  'lead_form.duplicate_field': {
    'zh-CN': '字段「{field}」重复',
    en: 'The field "{field}" appears twice',
  },
  'lead_form.name_required': {
    'zh-CN': '表单必须包含「姓名」字段且设为必填',
    en: 'The form must ask for the name, as a required field',
  },
  'lead_form.invalid_origin': {
    'zh-CN': '「{origin}」不是有效的网站来源（例如 https://www.example.com）',
    en: '"{origin}" is not a website origin (e.g. https://www.example.com)',
  },
  'lead_form.unknown_source': {
    'zh-CN': '「{source}」不是线索来源的选项',
    en: '"{source}" is not a choice of the lead source',
  },
  'lead_intake.invalid_idempotency_key': {
    'zh-CN': 'Idempotency-Key 须为 1–200 个可见字符',
    en: 'Idempotency-Key must be 1–200 visible characters',
  },
  'lead_intake.idempotency_key_reused': {
    'zh-CN': '该 Idempotency-Key 已用于另一个不同的请求',
    en: 'This Idempotency-Key was already used for a different request',
  },
  'lead_intake.external_id_repeated': {
    'zh-CN': '同一批次中 externalId「{externalId}」出现了多次',
    en: 'The externalId "{externalId}" appears more than once in the batch',
  },
  'lead_intake.owner_not_accepted': {
    'zh-CN': '线索接入不接受 ownerId，负责人由分配规则决定',
    en: 'Intake does not take an ownerId; assignment rules decide the owner',
  },
  'lead_intake.merge_note': {
    'zh-CN': '【{at} 再次提交（{channel}）】',
    en: '[Submitted again {at} ({channel})]',
  },
  'lead_intake.channel.webForm': { 'zh-CN': '网页表单：{form}', en: 'web form: {form}' },
  'lead_intake.channel.api': { 'zh-CN': '接入 API', en: 'intake API' },
});
