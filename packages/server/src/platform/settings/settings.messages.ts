import { defineMessages } from '../i18n.ts';

/** Error codes of the settings API. */
export const SETTINGS_MESSAGES = defineMessages({
  'setting.unknown_timezone': {
    'zh-CN': '未知的时区：{timezone}（请使用 IANA 时区名，例如 Asia/Shanghai）',
    en: 'Unknown time zone: {timezone} (use an IANA name such as Asia/Shanghai)',
  },
});
