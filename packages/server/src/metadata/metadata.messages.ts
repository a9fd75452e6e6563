import { defineMessages } from '../platform/i18n.ts';

/** Messages of the metadata registry, the field types and the schema sync. */
export const METADATA_MESSAGES = defineMessages({
  'metadata.invalid_api_name': {
    'zh-CN': 'API 名称须以小写字母开头，只含英文字母和数字，最多 40 个字符',
    en: 'The API name must start with a lowercase letter and contain only letters and digits (at most 40)',
  },
  'metadata.reserved_api_name': {
    'zh-CN': 'API 名称是保留字或系统字段名，请换一个',
    en: 'The API name is a reserved word or a system field name; choose another',
  },
  'metadata.api_name_too_long': {
    'zh-CN': 'API 名称过长，请缩短',
    en: 'The API name is too long; shorten it',
  },
  'object.not_found': { 'zh-CN': '对象不存在：{object}', en: 'No such object: {object}' },
  'object.api_name_taken': {
    'zh-CN': '已存在 API 名称为 {apiName} 的对象',
    en: 'An object with API name {apiName} already exists',
  },
  'object.built_in_not_deletable': {
    'zh-CN': '系统内置对象不能删除',
    en: 'Built-in objects cannot be deleted',
  },
  'object.referenced': {
    'zh-CN': '该对象仍被其他对象的关联字段引用：{fields}',
    en: 'This object is still referenced by lookup fields: {fields}',
  },
  'object.unknown_name_field': {
    'zh-CN': '标题字段须是该对象已有的字段',
    en: 'The title field must be an existing field of this object',
  },
  'field.not_found': { 'zh-CN': '字段不存在：{field}', en: 'No such field: {field}' },
  'field.api_name_taken': {
    'zh-CN': '该对象已有 API 名称为 {apiName} 的字段',
    en: 'This object already has a field with API name {apiName}',
  },
  'field.column_taken': {
    'zh-CN': '该 API 名称与已有字段冲突（{column}）',
    en: 'This API name clashes with an existing field ({column})',
  },
  'field.built_in_not_deletable': {
    'zh-CN': '系统内置字段不能删除',
    en: 'Built-in fields of built-in objects cannot be deleted',
  },
  'field.type_not_available_yet': {
    'zh-CN': '暂不支持创建该类型的字段：{type}',
    en: 'Fields of this type cannot be created yet: {type}',
  },
  'field.type_change_not_supported': {
    'zh-CN': '暂不支持修改字段类型（{from} → {to}）；可新建字段后迁移数据',
    en: 'Changing a field type is not supported yet ({from} → {to}); add a new field and move the data',
  },
  'field.type_change_loses_data': {
    'zh-CN': '将 {from} 改为 {to} 会丢失数据',
    en: 'Changing {from} to {to} would lose data',
  },
  'field.lookup_target_fixed': {
    'zh-CN': '关联字段的目标对象创建后不能修改',
    en: 'The target object of a lookup field cannot be changed',
  },
  'field.unknown_lookup_target': {
    'zh-CN': '关联的目标对象不存在：{target}',
    en: 'The lookup target object does not exist: {target}',
  },
  'field.invalid_options': {
    'zh-CN': '字段选项不正确：{detail}',
    en: 'The field options are invalid: {detail}',
  },
  'field.invalid_default': {
    'zh-CN': '默认值不符合字段类型',
    en: 'The default value does not fit the field type',
  },
  'field.unique_violated': {
    'zh-CN': '已有重复的值，不能设为唯一',
    en: 'Existing records have duplicate values; the field cannot be made unique',
  },
  'field.unique_not_supported': {
    'zh-CN': '该类型的字段不能设为唯一',
    en: 'Fields of this type cannot be unique',
  },
  'value.expected_text': { 'zh-CN': '应为文本', en: 'Expected text' },
  'value.too_long': { 'zh-CN': '最多 {max} 个字符', en: 'At most {max} characters' },
  'value.expected_number': { 'zh-CN': '应为数字', en: 'Expected a number' },
  'value.too_many_decimals': { 'zh-CN': '小数最多 {scale} 位', en: 'At most {scale} decimal places' },
  'value.out_of_range': { 'zh-CN': '数值超出范围', en: 'The number is out of range' },
  'value.expected_amount': {
    'zh-CN': '金额应为最多两位小数的数字字符串，如 "12345.60"',
    en: 'An amount is a decimal string with at most two decimals, such as "12345.60"',
  },
  'value.expected_date': { 'zh-CN': '日期格式应为 YYYY-MM-DD', en: 'A date looks like YYYY-MM-DD' },
  'value.expected_datetime': {
    'zh-CN': '时间格式应为 ISO 8601（含时区）',
    en: 'A date-time is ISO 8601 with a time zone',
  },
  'value.expected_boolean': { 'zh-CN': '应为是或否', en: 'Expected true or false' },
  'value.unknown_choice': { 'zh-CN': '不是可选的值：{value}', en: 'Not one of the choices: {value}' },
  'value.expected_id': { 'zh-CN': '应为记录编号', en: 'Expected a record id' },
  'value.invalid_phone': {
    'zh-CN': '请输入正确的手机号或固定电话',
    en: 'Enter a valid mainland mobile or landline number',
  },
  'value.invalid_email': { 'zh-CN': '邮箱格式不正确', en: 'The email address is invalid' },
  'value.invalid_url': {
    'zh-CN': '网址应以 http:// 或 https:// 开头',
    en: 'A URL starts with http:// or https://',
  },
  'value.expected_list': {
    'zh-CN': '应为可选值组成的数组',
    en: 'Expected an array of choice values',
  },
  'value.read_only': {
    'zh-CN': '该字段由系统生成，不能填写',
    en: 'This field is filled in by the system and cannot be written',
  },
  'value.unknown_region': { 'zh-CN': '行政区划代码不存在', en: 'Unknown region code' },
});
