import type { Locale } from '@lodestar/shared';
import { api } from '../../../api/client.ts';

export type SmtpSecurity = 'starttls' | 'tls' | 'none';

/** The SMTP account as the API shows it: never the password, only whether one is stored. */
export interface SmtpSettings {
  host: string;
  port: number;
  security: SmtpSecurity;
  user: string;
  passwordSet: boolean;
  fromAddress: string;
  fromName: string;
  publicUrl: string;
  configured: boolean;
}

/** A change of the SMTP account; `password` left out keeps the stored one, null removes it. */
export type SmtpSettingsInput = Partial<Omit<SmtpSettings, 'passwordSet' | 'configured'>> & {
  password?: string | null;
};

export interface EmailTemplate {
  id: number;
  name: string;
  language: Locale;
  subject: string;
  body: string;
  version: number;
  usedBySteps: number;
  createdAt: string;
  updatedAt: string;
}

export type EmailTemplateInput = Pick<EmailTemplate, 'name' | 'language' | 'subject' | 'body'> & {
  version?: number;
};

export interface EmailPreview {
  subject: string;
  html: string;
  text: string;
  lead: { id: number; name: string } | null;
}

export interface Ref {
  id: number;
  name: string;
}

/** One email to a lead and what became of it. */
export interface EmailSend {
  id: number;
  to: string;
  subject: string;
  status: 'sending' | 'sent' | 'retrying' | 'failed';
  attempts: number;
  error: string | null;
  template: Ref | null;
  sequence: Ref | null;
  step: number | null;
  sentBy: Ref | null;
  createdAt: string;
  sentAt: string | null;
}

export const SMTP_SETTINGS_QUERY_KEY = ['email', 'smtp-settings'] as const;
export const EMAIL_TEMPLATES_QUERY_KEY = ['email', 'templates'] as const;

export const emailApi = {
  smtpSettings: () => api.get<SmtpSettings>('/email/smtp-settings'),
  updateSmtpSettings: (input: SmtpSettingsInput) => api.patch<SmtpSettings>('/email/smtp-settings', input),
  sendTest: (to: string) =>
    api.post<{ messageId: string | null; response: string | null }>('/email/smtp-settings/test', { to }),
  templates: () => api.get<{ items: EmailTemplate[] }>('/email-templates'),
  createTemplate: (input: EmailTemplateInput) => api.post<EmailTemplate>('/email-templates', input),
  updateTemplate: (id: number, input: EmailTemplateInput) =>
    api.put<EmailTemplate>(`/email-templates/${id}`, input),
  deleteTemplate: (id: number) => api.delete(`/email-templates/${id}`),
  preview: (input: { language: Locale; subject: string; body: string; leadId?: number }) =>
    api.post<EmailPreview>('/email-templates/preview', input),
  sendToLead: (leadId: number, templateId: number) =>
    api.post<EmailSend>(`/leads/${leadId}/emails`, { templateId }),
};
