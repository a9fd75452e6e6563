import { defineMessages } from '../platform/i18n.ts';

/** Messages of saved list views. */
export const LIST_VIEW_MESSAGES = defineMessages({
  'view.not_found': { 'zh-CN': '视图不存在或无权查看', en: 'No such view, or you may not see it' },
  'view.invalid': { 'zh-CN': '视图设置有误', en: 'The view is invalid' },
  'view.not_owner': { 'zh-CN': '只能修改自己的视图', en: 'You may only change your own views' },
  'view.share_not_allowed': {
    'zh-CN': '共享视图需要系统设置权限',
    en: 'Shared views need the settings permission',
  },
});
