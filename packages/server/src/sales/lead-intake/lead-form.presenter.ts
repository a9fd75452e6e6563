import type { LeadForm } from './lead-form.repository.ts';
import type { LeadFormOutput } from './lead-form.schemas.ts';

/** A lead form as the API writes it. */
export function presentLeadForm(form: LeadForm): LeadFormOutput {
  return {
    id: form.id,
    name: form.name,
    token: form.token,
    language: form.language,
    fields: form.fields.map((field) => ({
      field: field.field,
      label: field.label,
      required: field.required,
    })),
    submitLabel: form.submitLabel,
    thankYou: form.thankYou,
    allowedOrigins: form.allowedOrigins,
    source: form.source,
    campaign: form.campaign,
    ruleSetId: form.ruleSetId,
    active: form.active,
    version: form.version,
    createdAt: form.createdAt,
    updatedAt: form.updatedAt,
  };
}
