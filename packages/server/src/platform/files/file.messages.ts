import { defineMessages } from '../i18n.ts';

/** Error codes of uploads and downloads. */
export const FILE_MESSAGES = defineMessages({
  'file.not_found': { 'zh-CN': '文件不存在', en: 'The file does not exist' },
  'file.missing': { 'zh-CN': '请选择要上传的文件', en: 'Choose a file to upload' },
  'file.too_large': {
    'zh-CN': '文件过大（上限 {limitMb} MB）',
    en: 'The file is too large (limit {limitMb} MB)',
  },
  'file.type_not_allowed': {
    'zh-CN': '不允许上传此类型的文件（允许：{accept}）',
    en: 'This type of file is not allowed (allowed: {accept})',
  },
  'file.not_attachment_field': {
    'zh-CN': '{field} 不是附件字段',
    en: '{field} is not an attachment field',
  },
  'value.unknown_file': {
    'zh-CN': '文件 {id} 不存在或不可用',
    en: 'The file {id} does not exist or cannot be used',
  },
  'value.expected_file_list': {
    'zh-CN': '应为文件 id 列表',
    en: 'Expected a list of file ids',
  },
  'value.too_many_files': { 'zh-CN': '此字段只能有一个文件', en: 'This field holds a single file' },
  'value.file_too_large': {
    'zh-CN': '文件 {name} 超过此字段的大小上限',
    en: 'The file {name} is larger than this field allows',
  },
  'value.file_type_not_allowed': {
    'zh-CN': '此字段不允许文件 {name} 的类型',
    en: 'This field does not allow the type of the file {name}',
  },
});
