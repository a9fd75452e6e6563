import { defineMessages } from '../../platform/i18n.ts';

/** Column headers of exports for system fields. */
export const EXPORT_MESSAGES = defineMessages({
  'export.column.id': { 'zh-CN': 'ID', en: 'ID' },
  'export.column.owner': { 'zh-CN': '负责人', en: 'Owner' },
  'export.column.name': { 'zh-CN': '姓名', en: 'Name' },
  'export.column.created_at': { 'zh-CN': '创建时间', en: 'Created at' },
  'export.column.updated_at': { 'zh-CN': '更新时间', en: 'Updated at' },
});
