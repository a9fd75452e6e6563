import { defineMessages } from '../i18n.ts';

/** Error codes of tag groups. */
export const TAG_GROUP_MESSAGES = defineMessages({
  'tag_group.not_found': { 'zh-CN': '标签组不存在', en: 'The tag group does not exist' },
  'tag_group.key_taken': {
    'zh-CN': '标签组标识 {key} 已被使用',
    en: 'The tag group key {key} is already used',
  },
  'tag_group.in_use': {
    'zh-CN': '标签组正被字段 {fields} 使用，无法删除',
    en: 'The tag group is used by the fields {fields} and cannot be deleted',
  },
  'tag_group.tag_in_use': {
    'zh-CN': '标签 {tag} 仍被记录使用（{field}），请先从记录中移除',
    en: 'The tag {tag} is still used by records ({field}); remove it from them first',
  },
  'field.unknown_tag_group': { 'zh-CN': '标签组 {group} 不存在', en: 'The tag group {group} does not exist' },
});
