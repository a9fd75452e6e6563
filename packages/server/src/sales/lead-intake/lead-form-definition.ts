import { isLeadFormFieldType, LEAD_FORM_EXCLUDED_FIELDS } from '@lodestar/shared';
import { AppError } from '../../errors.ts';
import { isManagedField } from '../../metadata/built-in/index.ts';
import type { ObjectMeta } from '../../metadata/metadata-model.ts';
import type { LeadForm } from './lead-form.repository.ts';
import type { LeadFormFieldInputValue } from './lead-form.schemas.ts';
import { normalizeOrigin } from './lead-form-origins.ts';
import './lead-intake.messages.ts';

type Problem = { field: string; code: string; params?: Record<string, unknown> };

const EXCLUDED: ReadonlySet<string> = new Set(LEAD_FORM_EXCLUDED_FIELDS);

/** Whether a lead field can be asked for on a web form: a plain input, typed by the visitor. */
export function formCanAsk(lead: ObjectMeta, apiName: string): boolean {
  const field = lead.fields.find((f) => f.apiName === apiName);
  return (
    field !== undefined &&
    isLeadFormFieldType(field.type) &&
    !EXCLUDED.has(apiName) &&
    !(field.isCustom === false && isManagedField('lead', apiName))
  );
}

/** What a form definition names, checked against the lead's fields and made ready to store. */
export interface FormDefinitionInput {
  fields?: LeadFormFieldInputValue[];
  allowedOrigins?: string[];
  source?: string | null;
}

/**
 * Checks the parts of a form definition that depend on the lead's metadata — every field exists, can be
 * asked for and appears once, `name` is asked for and required, origins are web origins, the source is a
 * choice — and returns them ready to store (labels filled from the fields' own, origins normalised).
 * Throws one 400 naming every problem.
 */
export function resolveFormDefinition(
  lead: ObjectMeta,
  input: FormDefinitionInput,
): Partial<Pick<LeadForm, 'fields' | 'allowedOrigins' | 'source'>> {
  const problems: Problem[] = [];
  const resolved: Partial<Pick<LeadForm, 'fields' | 'allowedOrigins' | 'source'>> = {};
  if (input.fields) {
    const seen = new Set<string>();
    resolved.fields = [];
    input.fields.forEach((item, index) => {
      const where = `fields.${index}.field`;
      const meta = lead.fields.find((f) => f.apiName === item.field);
      if (!meta)
        problems.push({ field: where, code: 'lead_form.unknown_field', params: { field: item.field } });
      else if (!formCanAsk(lead, item.field))
        problems.push({ field: where, code: 'lead_form.field_not_allowed', params: { field: item.field } });
      else if (seen.has(item.field))
        problems.push({ field: where, code: 'lead_form.duplicate_field', params: { field: item.field } });
      seen.add(item.field);
      resolved.fields!.push({
        field: item.field,
        label: item.label ?? meta?.labels ?? { 'zh-CN': item.field, en: item.field },
        required: item.field === 'name' ? true : item.required,
      });
    });
    if (!seen.has('name')) problems.push({ field: 'fields', code: 'lead_form.name_required' });
  }
  if (input.allowedOrigins) {
    resolved.allowedOrigins = [];
    input.allowedOrigins.forEach((origin, index) => {
      const normalized = normalizeOrigin(origin);
      if (normalized === null)
        problems.push({
          field: `allowedOrigins.${index}`,
          code: 'lead_form.invalid_origin',
          params: { origin },
        });
      else if (!resolved.allowedOrigins!.includes(normalized)) resolved.allowedOrigins!.push(normalized);
    });
  }
  if (input.source !== undefined) {
    const sourceField = lead.fields.find((f) => f.apiName === 'source');
    const choices = (sourceField?.options.choices ?? []) as Array<{ value: string }>;
    if (input.source !== null && !choices.some((choice) => choice.value === input.source))
      problems.push({ field: 'source', code: 'lead_form.unknown_source', params: { source: input.source } });
    resolved.source = input.source;
  }
  if (problems.length > 0) throw new AppError(400, 'common.validation_failed', {}, problems);
  return resolved;
}
