import { defineMessages } from '../i18n.ts';

/** Error codes of the regions API. */
export const REGION_MESSAGES = defineMessages({
  'region.not_found': {
    'zh-CN': '行政区划代码不存在：{code}',
    en: 'No administrative division has the code {code}',
  },
});
