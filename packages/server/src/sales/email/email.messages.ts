import { defineMessages } from '../../platform/i18n.ts';

/** Messages of email: SMTP settings, templates, sends and unsubscribing. */
export const EMAIL_MESSAGES = defineMessages({
  'email.smtp_not_configured': {
    'zh-CN': '尚未完成发信设置（SMTP 服务器、发件地址和系统访问地址）',
    en: 'Email is not set up yet (SMTP server, sender address and public address)',
  },
  'email.smtp_failed': {
    'zh-CN': '邮件服务器未能发送：{error}',
    en: 'The mail server did not send the email: {error}',
  },
  'email.lead_has_no_email': { 'zh-CN': '该线索没有邮箱地址', en: 'This lead has no email address' },
  'email.opted_out': {
    'zh-CN': '该线索已退订邮件，不能再发送',
    en: 'This lead has unsubscribed from email; it cannot be emailed',
  },
  'email.test_subject': { 'zh-CN': '领航 CRM 测试邮件', en: 'Lodestar CRM test email' },
  'email.test_body': {
    'zh-CN': '这是一封测试邮件：{user} 在 {at} 从领航 CRM 发出。收到它说明发信设置可以使用。',
    en: 'This is a test email sent by {user} from Lodestar CRM at {at}. Receiving it means email is set up correctly.',
  },
  'email_template.not_found': { 'zh-CN': '邮件模板不存在', en: 'The email template does not exist' },
  'email_template.name_taken': {
    'zh-CN': '已有同名的邮件模板',
    en: 'A template with this name already exists',
  },
  'email_template.invalid_liquid': {
    'zh-CN': '模板有误：{error}',
    en: 'The template is invalid: {error}',
  },
  'email_template.in_use': {
    'zh-CN': '该模板正被 {steps} 个培育步骤使用，不能删除',
    en: 'This template is used by {steps} sequence steps and cannot be deleted',
  },
});
