import { defineMessages } from '../i18n.ts';

/** Error codes of the API keys API. */
export const API_KEY_MESSAGES = defineMessages({
  'apiKey.expires_in_past': { 'zh-CN': '过期时间必须晚于现在', en: 'The expiry must be in the future' },
  'apiKey.user_not_found': {
    'zh-CN': '用户不存在或已停用',
    en: 'The user does not exist or is disabled',
  },
  'apiKey.scope_exceeds': {
    'zh-CN': '通过 API 密钥创建的新密钥不能拥有更多权限范围',
    en: 'A key created through an API key cannot have scopes that key lacks',
  },
  'apiKey.outside_scope': {
    'zh-CN': '无权管理该用户的 API 密钥',
    en: 'You may not manage this user’s API keys',
  },
});
